import { describe, expect, it } from 'vitest'
import { unreadFileMessage } from './fileKinds'

describe('unreadFileMessage', () => {
  it('names the kind of file and the kinds the importer reads', () => {
    expect(unreadFileMessage('bao-cao.doc')).toBe(
      'Không nhập được "bao-cao.doc": tài liệu Word 97–2003 (.doc). Lệnh nhập đọc trang .txt, .html (.htm) và tài liệu Word .docx. Hãy lưu tệp dưới dạng .docx rồi nhập lại.',
    )
    expect(unreadFileMessage('thu-moi.PDF')).toContain(': tệp PDF. Lệnh nhập đọc')
    expect(unreadFileMessage('anh.jpg')).toBe('Không nhập được "anh.jpg": ảnh. Lệnh nhập đọc trang .txt, .html (.htm) và tài liệu Word .docx.')
    expect(unreadFileMessage('ghi-chu.md')).toContain(': tệp .md.')
    expect(unreadFileMessage('README')).toContain(': tệp không có phần mở rộng.')
  })
})
