/**
 * What a board does, in Vietnamese and English, for the seed boards' "Chức năng, nhiệm vụ"
 * (the contact pages and /en show it). The common ground of the boards' own descriptions: a
 * Party committee's advisory and specialist body for mass mobilisation, the standing office of
 * the steering committee on grassroots democracy (as the Hải Dương seed page says), and the
 * "Dân vận khéo" emulation movement. Merged boards (Tuyên giáo và Dân vận) add propaganda and
 * education. Addresses, phones and e-mails are not in the seed pages and are left empty.
 */
export type UnitFunction = { description: string; descriptionEn: string }

const committeeName = {
  central: ['Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư', 'the Central Committee, the Politburo and the Secretariat'],
  local: ['cấp ủy', 'the Party committee'],
} as const

export function seedUnitFunctions(kind: 'dan-van' | 'tuyen-giao-dan-van', level: 'central' | 'local'): UnitFunction[] {
  const [vi, en] = committeeName[level]
  const own: UnitFunction[] = [
    {
      description: `Tham mưu cho ${vi} về chủ trương, chính sách và giải pháp lớn trong công tác dân vận.`,
      descriptionEn: `Advises ${en} on policies and major measures in mass mobilisation work.`,
    },
    {
      description: 'Hướng dẫn, kiểm tra, giám sát việc thực hiện công tác dân vận của hệ thống chính trị; nắm bắt, phản ánh tình hình Nhân dân.',
      descriptionEn: "Guides, inspects and supervises the political system's mass mobilisation work, and follows and reports the people's situation and views.",
    },
    {
      description: 'Cơ quan thường trực của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở.',
      descriptionEn: 'Standing office of the steering committee on grassroots democracy.',
    },
    {
      description: 'Theo dõi, hướng dẫn phong trào thi đua "Dân vận khéo" và nhân rộng các mô hình, điển hình.',
      descriptionEn: 'Follows and guides the "Dân vận khéo" (skilful mass mobilisation) emulation movement and spreads its models.',
    },
  ]
  if (kind === 'dan-van') return own
  return [
    {
      description: `Tham mưu cho ${vi} về công tác tuyên giáo: tuyên truyền, giáo dục chính trị tư tưởng, khoa giáo, văn hóa, văn nghệ.`,
      descriptionEn: `Advises ${en} on propaganda and education: political and ideological education, science and education, culture and the arts.`,
    },
    ...own,
  ]
}
