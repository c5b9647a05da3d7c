/** What the command-line importer reads, by name: old sites' pages and Word documents. */
export const READ_KINDS = 'trang .txt, .html (.htm) và tài liệu Word .docx'

const KINDS: [RegExp, string][] = [
  [/\.doc$/i, 'tài liệu Word 97–2003 (.doc)'],
  [/\.(docm|dotm)$/i, 'tài liệu Word có macro'],
  [/\.dotx?$/i, 'mẫu tài liệu Word'],
  [/\.pdf$/i, 'tệp PDF'],
  [/\.rtf$/i, 'tệp RTF'],
  [/\.odt$/i, 'tài liệu OpenDocument (.odt)'],
  [/\.(xlsx?|xlsm|ods|csv)$/i, 'bảng tính'],
  [/\.(pptx?|odp)$/i, 'bản trình chiếu'],
  [/\.(zip|rar|7z|tar|gz)$/i, 'tệp nén (trang trong tệp .zip nhập được ở mục "Nhập trang cũ" của trang quản trị)'],
  [/\.(jpe?g|png|gif|webp|heic|tiff?|bmp|svg)$/i, 'ảnh'],
]

/**
 * A file the importer does not read, named by its kind with the kinds it does read, and what
 * to do where there is something: "Không nhập được "bao-cao.doc": tài liệu Word 97–2003 (.doc).
 * Lệnh nhập đọc …".
 */
export function unreadFileMessage(name: string): string {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]
  const kind = KINDS.find(([re]) => re.test(name))?.[1] ?? (ext ? `tệp .${ext}` : 'tệp không có phần mở rộng')
  const advice = /\.(docx?|docm|dotx?|dotm|rtf|odt|pdf)$/i.test(name) ? ' Hãy lưu tệp dưới dạng .docx rồi nhập lại.' : ''
  return `Không nhập được "${name}": ${kind}. Lệnh nhập đọc ${READ_KINDS}.${advice}`
}
