// The public page's words in English and Simplified Chinese. The language follows the browser, or
// the reader's choice, kept in localStorage.

const MESSAGES = {
  en: {
    title: 'FitLedger · Public record of the fitness equipment',
    heading: 'Public record of the fitness equipment',
    intro:
      'Every machine, every fault and every repair, as the ledger holds them. People appear by role and organization only. Any figure can be checked: download a receipt and verify it here or with ./fitledger receipt verify, without trusting this server.',
    language: '中文',
    map: 'Machines',
    'state.ok': 'In service',
    'state.fault': 'Open fault',
    'state.retired': 'Retired',
    faults: 'Open faults',
    'faults.none': 'No open faults.',
    machine: 'Machine',
    site: 'Site',
    district: 'District',
    severity: 'Severity',
    company: 'Company',
    age: 'Open for',
    next: 'Next step due',
    timeToFix: 'Time to fix',
    month: 'Month',
    opened: 'Opened',
    repaired: 'Repaired',
    median: 'Median hours to repair',
    onTime: 'Repairs on time',
    byDistrict: 'By district',
    byCompany: 'By company',
    tickets: 'Tickets',
    recentlyClosed: 'Closed lately',
    findTicket: 'Find a ticket',
    ticketId: 'Ticket id',
    show: 'Show',
    story: 'Ticket',
    reportedBy: 'Reported by',
    'action.OPEN': 'Opened',
    'action.ACKNOWLEDGE': 'Acknowledged',
    'action.MAKE_SAFE': 'Made safe',
    'action.REPAIR': 'Repaired',
    'action.ACCEPT': 'Repair verified',
    'action.REJECT': 'Repair rejected',
    'action.REASSIGN': 'Reassigned',
    'action.CANCEL': 'Cancelled',
    'role.inspector': 'an inspector',
    'role.contractor': 'a contractor',
    'role.supervisor': 'a supervisor',
    'role.device': 'the machine itself',
    'role.unknown': 'someone',
    'source.patrol': 'a patrol',
    'source.resident': 'a resident',
    'source.device': 'the machine',
    'source.supervisor': 'a supervisor',
    by: 'by',
    of: 'of',
    onTimeYes: 'on time',
    onTimeNo: 'late',
    receipt: 'Receipt',
    verify: 'Verify',
    verifyFile: 'Verify a receipt file',
    verifyFileHelp: 'Choose a receipt (.json) downloaded from any FitLedger page.',
    verified: 'Verified',
    refused: 'Refused',
    checking: 'Checking…',
    photo: 'Check a photo',
    photoHelp: 'Choose the photo of the repair; it is hashed here, in your browser, and compared with the hash on the ledger.',
    photoMatch: 'This photo is the one on the ledger',
    photoNoMatch: 'This photo is not among the photos on the ledger for this record',
    fingerprints: 'Certificate authorities (SHA-256)',
    notAvailable: 'Not available',
    hours: 'h',
    days: 'd',
    loading: 'Loading…',
  },
  'zh-CN': {
    title: 'FitLedger · 健身器材公开记录',
    heading: '健身器材公开记录',
    intro:
      '每台器材、每个故障、每次维修，均以账本记录为准。人员只显示角色和单位。任何数字都可以核验：下载回执，在本页或用 ./fitledger receipt verify 核验，无需信任本服务器。',
    language: 'English',
    map: '器材',
    'state.ok': '正常使用',
    'state.fault': '有未修故障',
    'state.retired': '已报废',
    faults: '未修故障',
    'faults.none': '目前没有未修故障。',
    machine: '器材',
    site: '地点',
    district: '区域',
    severity: '严重程度',
    company: '维修单位',
    age: '已持续',
    next: '下一步期限',
    timeToFix: '维修时长',
    month: '月份',
    opened: '新建',
    repaired: '已修',
    median: '修复时长中位数（小时）',
    onTime: '按时修复比例',
    byDistrict: '按区域',
    byCompany: '按维修单位',
    tickets: '工单',
    recentlyClosed: '最近办结',
    findTicket: '查找工单',
    ticketId: '工单编号',
    show: '查看',
    story: '工单',
    reportedBy: '来源',
    'action.OPEN': '立单',
    'action.ACKNOWLEDGE': '接单',
    'action.MAKE_SAFE': '安全处置',
    'action.REPAIR': '完成维修',
    'action.ACCEPT': '验收通过',
    'action.REJECT': '验收不通过',
    'action.REASSIGN': '改派',
    'action.CANCEL': '撤销',
    'role.inspector': '巡检员',
    'role.contractor': '维修人员',
    'role.supervisor': '监管人员',
    'role.device': '器材自身',
    'role.unknown': '未知',
    'source.patrol': '巡检',
    'source.resident': '市民报事',
    'source.device': '智能器材',
    'source.supervisor': '监管人员',
    by: '由',
    of: '所属',
    onTimeYes: '按时',
    onTimeNo: '超时',
    receipt: '回执',
    verify: '核验',
    verifyFile: '核验回执文件',
    verifyFileHelp: '选择从任一 FitLedger 页面下载的回执（.json）。',
    verified: '核验通过',
    refused: '核验不通过',
    checking: '正在核验…',
    photo: '核对照片',
    photoHelp: '选择维修照片；照片只在你的浏览器中计算哈希，并与账本上的哈希比对。',
    photoMatch: '这张照片与账本上的一致',
    photoNoMatch: '这张照片不在该记录的账本照片之中',
    fingerprints: '证书颁发机构（SHA-256）',
    notAvailable: '暂不可用',
    hours: '小时',
    days: '天',
    loading: '加载中…',
  },
};

const STORAGE_KEY = 'fitledger.public.language';
let current = chooseLanguage();

function chooseLanguage() {
  let stored = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage may be off; the browser's language decides
  }
  if (stored && MESSAGES[stored]) {
    return stored;
  }
  return (navigator.language ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The current language: 'en' or 'zh-CN'. */
export function language() {
  return current;
}

/** Switches to the other language and keeps the choice. */
export function toggleLanguage() {
  current = current === 'en' ? 'zh-CN' : 'en';
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch {
    // not kept: the page still switches
  }
  return current;
}

/** The text of a key in the current language, falling back to English and then to the key. */
export function t(key) {
  return MESSAGES[current][key] ?? MESSAGES.en[key] ?? key;
}

/** Every key of every language, for the test that both languages say everything. */
export const KEYS = Object.fromEntries(Object.entries(MESSAGES).map(([lang, m]) => [lang, Object.keys(m)]));
