// Words of the Export panel (a request as curl or code, and as the other wire format) and of the
// Import curl dialog with the note strip it leaves above the composer; spread into `ui`.
// Target and language names are names of tools and stay as their users write them.
import type { CatalogShape } from '../catalog-shape.ts';
import type { uiExport as enUiExport } from '../en/ui-export.ts';

export const uiExport = {
  export: {
    button: '导出',
    buttonTitle: '将此请求导出为 curl、Python、TypeScript 或 fetch 代码',
    title: '导出请求',
    subtitle: '{{profile}} · {{model}}',
    unknownProfile: '已删除的配置',
    tabsLabel: '导出视图',
    tabs: { code: '代码', viewAs: '格式转换' },
    targetLegend: '目标',
    targets: {
      'curl-bash': 'curl (bash)',
      'curl-cmd': 'curl (cmd)',
      'curl-powershell': 'curl (PowerShell)',
      python: 'Python',
      typescript: 'TypeScript',
      fetch: 'fetch',
    },
    codeLabel: '导出的代码',
    languages: {
      bash: 'bash, zsh',
      bat: 'Windows cmd',
      powershell: 'PowerShell',
      python: 'Python',
      typescript: 'TypeScript',
      javascript: 'JavaScript',
      json: 'JSON',
    },
    loading: '正在生成代码…',
    copy: '复制',
    copied: '已复制',
    copyFailed: '无法复制：{{message}}',
    notesLabel: '说明',
    keyVariable: '代码从 {{variable}} 读取密钥；运行代码前请先设置该变量。',
    includeKey: {
      label: '包含我的 API 密钥',
      notNeeded: '此配置不需要密钥。',
      confirmTitle: '要将你的 API 密钥写入代码吗？',
      confirmBody:
        '代码中将以明文包含 {{profile}} 的密钥。任何看到它的人（无论是在工单、聊天、截图、shell 历史还是代码仓库中）都能用你的账户消费。',
      confirm: '包含密钥',
      keepOut: '不包含',
      warning:
        '此代码包含你的 API 密钥。请勿分享、粘贴到工单或提交到代码仓库；将代码复制到他人能看到的地方之前，请先关闭此选项。',
    },
    viewAs: {
      legend: '接口格式',
      // Names of the two vendors' APIs, as their documentation calls them.
      formats: { 'openai-chat': 'OpenAI Chat', 'anthropic-messages': 'Anthropic Messages' },
      bodyLabel: '{{format}} 格式的请求体',
      help: '此请求在该格式下对应的 JSON 请求体，与 Promptwire 实际发送的一致。',
      extraLeftOut:
        '额外请求体字段（{{fields}}）未包含在内：它们只属于某一家服务商的 API，在另一家中含义通常不同。',
      noNotes: '所有内容均原样保留。',
    },
    close: '关闭',
  },
  importCurl: {
    button: '导入 curl',
    buttonTitle: '将 curl 命令（来自 API 文档或 DevTools 的“复制为 cURL”）打开为草稿',
    title: '导入 curl',
    label: '粘贴 curl 命令',
    // An example command, which is code whatever the language.
    placeholder:
      "curl https://api.openai.com/v1/chat/completions \\\n  -H 'Authorization: Bearer …' \\\n  -d '{…}'",
    help: '支持 bash 或 Windows cmd 格式，即 API 文档、DevTools 的“复制为 cURL”或 Promptwire 导出生成的格式。命令中的密钥会保存到配置的密钥中，不会保留在草稿里。',
    import: '导入',
    importing: '正在导入…',
    cancel: '取消',
    failed: '无法导入',
    strip: {
      label: '已导入的 curl',
      imported: '已导入到 {{profile}}。',
      createdProfile: '已新建配置 {{profile}}。',
      keySaved: '密钥已保存到 {{profile}}。',
      dismiss: '关闭',
    },
  },
} satisfies CatalogShape<typeof enUiExport>;
