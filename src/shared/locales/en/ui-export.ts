// Words of the Export panel (a request as curl or code, and as the other wire format) and of the
// Import curl dialog with the note strip it leaves above the composer; spread into `ui`.
// End-to-end tests find controls by some of these words ("Export", "Copy", "Import curl",
// "Paste a curl command", "Include my API key", the target names).
export const uiExport = {
  export: {
    button: 'Export',
    buttonTitle: 'This request as curl, Python, TypeScript or fetch',
    title: 'Export request',
    subtitle: '{{profile}} · {{model}}',
    unknownProfile: 'a deleted profile',
    tabsLabel: 'Export views',
    tabs: { code: 'Code', viewAs: 'View as' },
    targetLegend: 'Target',
    targets: {
      'curl-bash': 'curl (bash)',
      'curl-cmd': 'curl (cmd)',
      'curl-powershell': 'curl (PowerShell)',
      python: 'Python',
      typescript: 'TypeScript',
      fetch: 'fetch',
    },
    codeLabel: 'Exported code',
    languages: {
      bash: 'bash, zsh',
      bat: 'Windows cmd',
      powershell: 'PowerShell',
      python: 'Python',
      typescript: 'TypeScript',
      javascript: 'JavaScript',
      json: 'JSON',
    },
    loading: 'Writing the code…',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: {{message}}',
    notesLabel: 'Notes',
    keyVariable: 'The code reads the key from {{variable}}; set it before running the code.',
    includeKey: {
      label: 'Include my API key',
      notNeeded: 'This profile needs no key.',
      confirmTitle: 'Write your API key into the code?',
      confirmBody:
        'The code will contain the secret key of {{profile}} in plain text. Anyone who sees it (in a ticket, a chat, a screenshot, a shell history or a repository) can spend on your account.',
      confirm: 'Include the key',
      keepOut: 'Keep it out',
      warning:
        'This code contains your API key. Do not share it, paste it into a ticket or commit it; turn this off before copying the code anywhere others can read.',
    },
    viewAs: {
      legend: 'Wire format',
      formats: { 'openai-chat': 'OpenAI Chat', 'anthropic-messages': 'Anthropic Messages' },
      bodyLabel: 'Request body as {{format}}',
      help: 'The JSON body this request becomes in that format, as Promptwire would send it.',
      extraLeftOut:
        'Extra body fields ({{fields}}) are left out: they belong to one vendor’s API and rarely mean the same in the other.',
      noNotes: 'Everything carries over as it is.',
    },
    close: 'Close',
  },
  importCurl: {
    button: 'Import curl',
    buttonTitle: 'Open a curl command (from API docs or DevTools “Copy as cURL”) as a draft',
    title: 'Import curl',
    label: 'Paste a curl command',
    placeholder:
      "curl https://api.openai.com/v1/chat/completions \\\n  -H 'Authorization: Bearer …' \\\n  -d '{…}'",
    help: 'bash or Windows cmd, as the API docs, DevTools “Copy as cURL” or a Promptwire export write it. A key in it is saved to the profile’s keys, never kept in the draft.',
    import: 'Import',
    importing: 'Importing…',
    cancel: 'Cancel',
    failed: 'Could not import it',
    strip: {
      label: 'Imported curl',
      imported: 'Imported into {{profile}}.',
      createdProfile: 'New profile {{profile}}.',
      keySaved: 'Key saved to {{profile}}.',
      dismiss: 'Dismiss',
    },
  },
} as const;
