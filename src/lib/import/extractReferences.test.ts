import { describe, expect, it } from 'vitest'
import { extractCampaigns, extractLegalDocuments, extractModels } from './extractReferences'

describe('extractLegalDocuments', () => {
  it('finds type, number, issuer, date and subject', () => {
    const found = extractLegalDocuments([
      'Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước, Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật',
      'sau 10 năm thực hiện Nghị quyết số 25- NQ/TW và 5 năm thực hiện Kết luận số 43-KL/TW của Ban Bí thư Trung ương Đảng khóa XII về tiếp tục; Quyết định số 218 trên địa bàn',
    ])
    expect(found).toEqual([
      { type: 'decree', number: '04/2015/NĐ-CP', issuingBody: 'Chính phủ', issuedDate: '2015-01-08T17:00:00.000Z', summary: 'thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước' },
      { type: 'directive', number: '26/CT-TTg', issuingBody: 'Thủ tướng Chính phủ', issuedDate: '2016-09-04T17:00:00.000Z', summary: 'tăng cường kỷ luật' },
      { type: 'resolution', number: '25-NQ/TW', issuingBody: 'Ban Chấp hành Trung ương Đảng', issuedDate: undefined, summary: undefined },
      { type: 'conclusion', number: '43-KL/TW', issuingBody: 'Ban Bí thư Trung ương Đảng', issuedDate: undefined, summary: 'tiếp tục' },
    ])
  })
})

describe('extractCampaigns', () => {
  it('finds movements and theme years with their year', () => {
    expect(
      extractCampaigns([
        'đặc biệt, năm 2018, Chính phủ và Ban Dân vận Trung ương chọn làm “Năm Dân vận chính quyền”.',
        'phát động các phong trào thi đua “Dân vận khéo”; thi đua“Dân vận khéo”',
      ]),
    ).toEqual([
      { name: 'Năm Dân vận chính quyền', kind: 'theme-year', year: 2018 },
      { name: 'Dân vận khéo', kind: 'emulation' },
    ])
    expect(
      extractCampaigns(['đánh giá kết quả thực hiện Năm “Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở” 2021, triển khai', 'với chủ đề năm là "Đẩy mạnh thực hiện Quy chế dân chủ ở cơ sở", TP đã']),
    ).toEqual([{ name: 'Năm Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở', kind: 'theme-year', year: 2021 }])
  })
})

describe('extractModels', () => {
  it('finds the models a sentence about models names, not the movement', () => {
    expect(
      extractModels(['trên 2.000 mô hình “Dân vận khéo” trên các lĩnh vực. Nhiều mô hình được phát huy như: “Cộng đồng học tập”, “Tổ tự quản an ninh trật tự”. Câu “Không phải mô hình”.']),
    ).toEqual([
      { name: 'Cộng đồng học tập', field: 'culture-society' },
      { name: 'Tổ tự quản an ninh trật tự', field: 'defence-security' },
    ])
  })
})
