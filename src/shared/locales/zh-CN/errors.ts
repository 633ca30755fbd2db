import type { CatalogShape } from '../catalog-shape.ts';
import type { errors as enErrors, hints as enHints } from '../en/errors.ts';

// Error titles and hints, interpolated with AppError.params by i18next ({{name}}). Params such as
// {{detail}}, {{limit}} and {{wait}} are written by the host in English and stay so inside these
// sentences; a {{...Suffix}} param starts with its own ": ", so nothing stands between it and the text.
export const errors = {
  'invalid-payload': '请求无效：{{detail}}',
  'unreadable-curl': '无法打开此 curl 命令：{{detail}}',
  'unknown-method': '未知的方法“{{method}}”。',
  'unknown-profile': '不存在服务商配置“{{profileId}}”。',
  'unknown-request': '没有 ID 为“{{requestId}}”的运行中请求。',
  'duplicate-request': 'ID 为“{{requestId}}”的请求已在运行。',
  'missing-key': '{{profile}} 未设置 API 密钥。',
  'invalid-base-url': 'Base URL“{{baseUrl}}”不是有效的 http(s) URL。',
  'http-error': '{{host}} 返回了 {{status}}{{vendorSuffix}}',
  'network-error': '无法连接到 {{host}}：{{detail}}',
  'stream-error': '来自 {{host}} 的流式响应出错：{{detail}}',
  timeout: '{{host}} 未及时响应（{{limit}}）。',
  cancelled: '已停止。',
  'transport-closed': '与 Promptwire 服务的连接已断开。',
  internal: 'Promptwire 内部出错：{{detail}}',
} satisfies CatalogShape<typeof enErrors>;

export const hints = {
  'fix-payload': '请检查标出的字段，然后重新发送。',
  'set-key':
    '请将密钥粘贴到窗口中的 API 密钥字段，或在 Promptwire（桌面应用、`promptwire web` 或命令行）的运行环境中设置 {{envVariable}}。',
  'fix-base-url': '请使用完整的 URL，例如 {{example}}。',
  'status-400': '服务商拒绝了某个参数{{paramSuffix}}。请修改后重新发送。',
  'status-401': 'API 密钥被拒绝。请检查密钥是否完整、不含空格，并且属于该服务商。',
  'status-402': '账户存在账单问题或余额不足。请充值或换用其他密钥；等待无济于事。',
  'status-403': '密钥有效，但无权执行此操作（受地区、组织或模型访问权限限制）。',
  'status-404':
    '请检查模型名称和 Base URL（OpenAI 风格的 URL 以 /v1 结尾，Anthropic 风格的则不以 /v1 结尾）。',
  'status-413': '请求过大。请缩短对话或系统提示词。',
  'status-429-rate': '请求被限流。请等待 {{wait}} 后重新发送。',
  'status-429-quota': '账户额度已用尽。请充值或换用其他密钥；等待无济于事。',
  'status-5xx': '服务商出现服务器错误。请稍后重试。',
  'status-529': '服务商负载过高。请稍后重试，或换用其他模型。',
  'status-other': '请阅读上方服务商返回的信息，并相应调整请求。',
  'stream-vendor-error': '服务商以错误结束了流式响应。已收到的文本会保留。',
  'connection-refused': '{{host}} 上没有服务在监听。请检查 Base URL，并确认服务器正在运行。',
  'dns-failure': '无法解析主机名 {{host}}。请检查 Base URL 或你的网络/代理。',
  'connection-reset': '连接意外关闭。请检查网络或代理，然后重试。',
  'network-other': '请检查 Base URL、网络和代理，然后重试。',
  'connect-timeout': '{{host}} 上的服务器未能及时接受连接。请检查 Base URL、网络和代理。',
  'response-timeout': '{{host}} 上的服务器停止了响应。请稍后重试。',
  'tls-failure': '无法验证安全连接。可能有企业代理或杀毒软件在拦截 HTTPS，请检查其证书设置。',
  'proxy-failure': '无法使用代理。请检查代理地址及其凭据。',
  'stream-closed-early': '回答尚未完成，连接就已关闭。已收到的文本会保留；请检查网络或代理，然后重新发送。',
  'unexpected-content':
    '服务器的响应不像 LLM API。请检查 Base URL（OpenAI 风格的 URL 以 /v1 结尾，Anthropic 风格的则不以 /v1 结尾）。',
  'retry-later': '请稍后重试。',
  'report-bug': '这是 Promptwire 的缺陷，请附上“原始数据”标签页的内容报告此问题。',
  'choose-profile': '请从以下配置中选择：{{profiles}}。',
  'clean-key': '请重新粘贴密钥，密钥中间不能有空格或换行。',
  'status-401-key-whitespace': '密钥中间有空格或换行，因此发送出去的密钥是残缺的。请完整地重新粘贴。',
  'status-401-anthropic-key':
    '这是 Anthropic 密钥（以 sk-ant- 开头），但此配置使用的是 OpenAI 格式。请在 Anthropic 格式的配置中使用它，或粘贴该服务商的密钥。',
  'status-401-openai-key':
    'Anthropic 密钥以 sk-ant- 开头，而这个密钥和 OpenAI 密钥一样以 sk- 开头。请粘贴 Anthropic 密钥，或在 OpenAI 格式的配置中使用此密钥。',
  'status-404-missing-v1':
    'OpenAI 风格的 Base URL 以 /v1 结尾，而此 URL 没有路径，因此请求发到了 {{path}}。请使用 {{suggestedBaseUrl}} 作为 Base URL。',
  'status-404-doubled-v1':
    '请求发到了 {{path}}，其中 /v1 出现了两次：Promptwire 会在 Base URL 之后加上端点路径。请使用 {{suggestedBaseUrl}} 作为 Base URL。',
  'status-404-anthropic-v1':
    'Anthropic 风格的 Base URL 不以 /v1 结尾（端点 /v1/messages 会加在它后面），因此请求发到了 {{path}}。请使用 {{suggestedBaseUrl}} 作为 Base URL。',
  'status-404-full-endpoint':
    'Base URL 中已包含端点路径，因此请求发到了 {{path}}。请使用 {{suggestedBaseUrl}} 作为 Base URL。',
  'status-413-size':
    '请求体大小为 {{size}}，超出了 {{host}} 允许的上限。请缩短对话或系统提示词；中间的代理或中转服务允许的大小可能比服务商更小。',
  'status-429-rate-detail': '请求被限流：{{rateLimit}}。请等待 {{wait}} 后重新发送。',
  'timeout-response-headers':
    '{{limitText}} 内没有开始返回回答。推理模型的非流式回答可能需要几分钟：请开启流式输出，或在网络设置中调高“响应头”超时。',
  'timeout-idle':
    '流式响应已有 {{limitText}} 没有数据。已收到的文本会保留；请重新发送，或在网络设置中调高“数据块间隔”超时。',
  'timeout-total':
    '请求运行时间超过了总时长上限 {{limitText}}。已收到的文本会保留；如需较长的回答，请在网络设置中调高“总时长”超时。',
  'remove-environment-key': '此密钥来自 {{envVariable}}。如需停用，请将其从 Promptwire 的运行环境中移除。',
  'choose-key': '此配置的密钥在此期间发生了变化。请从当前列表中重新选择。',
  'proxy-failure-refused':
    '代理 {{proxy}} 上没有服务在监听，因此根本没有尝试连接 {{host}}。请启动代理应用、更正代理地址（在配置的代理设置或网络设置中），或选择其他代理模式。',
  'proxy-failure-dns': '无法解析 {{proxy}} 中代理的主机名。请检查代理地址；{{host}} 本身由代理负责解析。',
  'proxy-failure-auth':
    '连接 {{host}} 时，代理 {{proxy}} 不接受提供的用户名和密码（407）。请检查代理 URL 中的用户名和密码，并对其中的特殊字符进行百分号编码：@ 写作 %40，: 写作 %3A，/ 写作 %2F，# 写作 %23，% 写作 %25。',
  'proxy-failure-tunnel':
    '代理 {{proxy}} 拒绝建立到 {{host}} 的连接（返回 {{status}}）。它可能屏蔽了该主机，或者无法访问它：请检查代理的规则，或换用其他代理。',
  'proxy-failure-reset':
    '代理 {{proxy}} 关闭了到 {{host}} 的连接。请确认代理类型正确（HTTP 端口不是 SOCKS 端口），并且允许访问 {{host}}，然后重试。',
  'proxy-failure-timeout':
    '在连接超时时间内未能通过代理 {{proxy}} 连接到 {{host}}。请确认代理正在运行且可以访问，或在网络设置中调高连接超时。',
  'proxy-failure-socks-auth':
    'SOCKS5 代理 {{proxy}} 拒绝了用户名或密码。请检查代理 URL 中的用户名和密码，并对其中的特殊字符进行百分号编码：@ 写作 %40，: 写作 %3A，/ 写作 %2F。',
  'proxy-failure-socks-login':
    'SOCKS5 代理 {{proxy}} 要求先提供用户名和密码，才会连接 {{host}}。请将它们写入 URL：socks5h://user:password@host:port。',
  'proxy-failure-socks-connect':
    'SOCKS5 代理 {{proxy}} 无法连接到 {{host}}（{{reason}}）。主机名由代理解析，连接也由代理发起：请检查 Base URL 和代理的规则。',
  'proxy-failure-not-socks5':
    '{{proxy}} 的响应不像 SOCKS5 代理。请检查端口：Clash、v2ray 等应用的 HTTP 端口和 SOCKS 端口是分开的；HTTP 端口请写 http://。',
  'tls-failure-untrusted':
    '{{host}} 的证书不受信任（{{reason}}）。如果企业代理或杀毒软件会检查 HTTPS，请在配置的 TLS 设置中添加其 CA 证书（PEM 文件）；或者，在清楚链路上的任何人都能读取流量的前提下，为此配置跳过验证。',
  'tls-failure-expired':
    '{{host}} 的证书已过期或尚未生效（{{reason}}）。请检查本机的日期和时间。如果该证书由企业代理提供，请告知其管理员，或在配置的 TLS 设置中添加正确的 CA。',
  'tls-failure-hostname':
    '服务器提供的证书不属于 {{host}}（{{reason}}）。请检查 Base URL 中的主机名；拦截 HTTPS 的代理或防火墙也可能导致此问题。',
  'fix-ca-file':
    '请在配置的 TLS 设置中选择一个 PEM 文件（以 -----BEGIN CERTIFICATE----- 开头的文本）作为 CA 文件，或将其清除。二进制的 .cer 文件可以这样转换：openssl x509 -inform der -in ca.cer -out ca.pem',
  'use-socks5':
    '不支持 SOCKS4。请改写为 socks5:// 或 socks5h://：Clash、v2ray、shadowsocks 和 ssh -D 都在同一端口上提供 SOCKS5。',
  'key-warning-empty': '密钥为空。请从服务商控制台复制完整的密钥并粘贴。',
  'key-warning-surrounding-whitespace':
    '密钥开头或结尾有空格或换行，通常是复制时带上的。请去掉它们后再使用。',
  'key-warning-inner-whitespace':
    '密钥中间有空格、换行或不可见字符，因此无法放在请求头中发送。请完整地重新复制。',
  'key-warning-anthropic-key-on-openai':
    '这看起来是 Anthropic 密钥（以 sk-ant- 开头），但此配置使用的是 OpenAI 格式。请将它添加到 Anthropic 格式的配置中。',
  'key-warning-openai-key-on-anthropic':
    '这看起来是 OpenAI 密钥：Anthropic 密钥以 sk-ant- 开头。请确认该密钥属于此服务商。',
  'key-warning-looks-like-url':
    '这看起来是网址，而不是密钥。网址应填在配置的 Base URL 中；这里请粘贴密钥本身。',
  'secret-key-open-to-others':
    '本机的其他用户可以读取用于加密已保存密钥的文件，因此 Promptwire 不会使用它。请运行 chmod 600 "{{path}}"，然后重试。如果其他人可能已经读取过该文件，请同时在服务商处更换你的 API 密钥。',
  'secret-key-missing':
    '用于加密已保存密钥的文件（{{path}}）已不存在，因此无法解密这些密钥。请移除这些密钥并重新粘贴。',
  'secret-key-damaged':
    '用于加密已保存密钥的文件（{{path}}）已损坏。请将其移走并重新粘贴密钥；保存密钥时会生成新的文件。',
  'secrets-file-moved': '原文件已移至 {{movedTo}}（未删除任何内容），并已新建文件。请重新粘贴密钥。',
  'secrets-file-unreadable': '请确认 {{path}} 归你所有且你有读取权限。在此之前，密钥仅在本次会话中保留。',
  'secrets-file-unwritable': '请检查 {{path}} 的可用空间和权限。该密钥仅在本次会话中保留。',
  'secrets-file-newer': '请使用较新版本的 Promptwire，或通过环境变量设置密钥。当前版本不会修改该文件。',
  'stored-keys-unreadable': '它们在密钥列表中被标记为需要处理：请移除后重新粘贴。',
  'stored-keys-other-scheme':
    '它们由 Promptwire 桌面应用保存在系统钥匙串中，只有桌面应用能打开。请在桌面应用中使用它们，或在此处通过环境变量设置密钥。',
  'keychain-failed':
    '系统钥匙串没有响应。请解锁钥匙串（或允许 Promptwire 使用它），然后重启 Promptwire；在此期间添加的密钥仅在本次会话中保留。',
  'choose-stored-key': '此配置的这个密钥无法解密。请移除后重新粘贴。',
  'fix-proxy-url':
    '请使用以 http://、https://、socks5:// 或 socks5h:// 开头的代理 URL，例如 http://127.0.0.1:7890 或 socks5h://user:password@127.0.0.1:1080。',
  'base-url-looks-like-key':
    '这看起来是 API 密钥，请将其粘贴到密钥字段中。Base URL 是一个地址，例如 {{example}}；未保存任何内容。',
  'set-base-url': '此配置还没有 Base URL。请填写服务商文档中给出的地址，例如 {{example}}。',
  'fix-header':
    '请求头名称是单个词，例如 X-Title 或 HTTP-Referer；值只能写在一行内。请修正请求头后重新保存。',
  'choose-profile-or-preset': '请从以下配置中选择：{{profiles}}；或选择预设：{{presets}}。',
  'choose-preset': '请从以下预设中选择：{{presets}}。',
  'keep-built-in-profile': 'Local mock 配置是内置的，无法删除；不使用时不会产生任何费用。',
  'curl-import':
    '请粘贴复制得到的完整命令（来自 API 参考文档、DevTools 的“复制为 cURL”或 Promptwire 导出），包括 URL 和请求体。',
  'comparison-files': '请检查数据目录中对比文件夹的可用空间和权限。',
  'workspace-file': '请检查数据目录的可用空间和权限；在此期间，标签页仍在此窗口中保持打开。',
  'comparison-gone': '它可能已在另一个窗口中被删除。请刷新已保存的对比列表。',
  'collection-folder-full-path':
    '请填写文件夹的完整路径，例如 Linux 上的 /home/you/prompts、macOS 上的 /Users/you/prompts 或 Windows 上的 C:\\Users\\you\\prompts。',
  'collection-choose-folder': '请选择一个文件夹（或填写要新建的文件夹的完整路径），而不是文件。',
  'collection-not-open': '它可能已在另一个窗口中被关闭。请从集合列表中重新打开它的文件夹。',
  'collection-open-elsewhere':
    '请使用已打开的那份（{{openFolder}}），或先关闭它再打开这一份。若想把副本作为独立的集合，需要在其 promptwire-collection.json 中使用不同的 "id"。',
  'collection-request-exists': '请换一个名称，或覆盖保存已有的请求。',
  'collection-request-gone': '它可能已在文件夹中被重命名或删除（在另一个窗口中或通过 git）。请刷新该集合。',
  'collection-environment-unknown':
    '请从它的环境中选择一个（{{environments}}），或以该名称保存变量来新建这个环境。',
  'collection-variable-both':
    '在同一处，一个名称只能是普通变量或机密变量之一：请将 {{names}} 从其中一个列表中移除，然后重新保存。',
  'collection-header-value':
    '请求头中使用的值必须在一行之内。请修改请求头 {{header}} 中所用变量的值，使其不含换行，然后重新发送。',
  'collection-file-damaged': '请手动修复 {{file}}，或从版本控制（git）中恢复它；Promptwire 没有修改该文件。',
  'collection-files': '请确认文件夹 {{folder}} 仍然存在、你有写入权限，并且磁盘有可用空间。',
  'collection-folder-unreadable':
    '请确认 {{folder}} 仍然存在且你有读取权限。如果它被移动了，请从新位置打开它。',
  'collections-file': '请检查数据目录（{{path}}）的可用空间和权限，然后重试。',
  'history-entry-gone': '它可能已被删除，或已被历史记录的保留策略清除。请刷新历史记录列表。',
  'history-unavailable':
    '无法读写历史记录。请检查数据目录的可用空间和权限，然后重启 Promptwire；在此期间仍可正常发送请求。',
  'models-list-unreadable':
    '服务器有响应，但返回的不是模型列表。请检查 Base URL（OpenAI 风格的 URL 以 /v1 结尾，Anthropic 风格的则不以 /v1 结尾），或手动输入模型名称。',
} satisfies CatalogShape<typeof enHints>;
