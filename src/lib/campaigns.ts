/** Option lists for campaigns and "Dân vận khéo" models, shared by the collections and the importer. */
export const CAMPAIGN_KINDS = [
  { value: 'emulation', vi: 'Phong trào thi đua', en: 'Emulation movement' },
  { value: 'mobilisation', vi: 'Cuộc vận động', en: 'Mobilisation campaign' },
  { value: 'theme-year', vi: 'Năm chủ đề', en: 'Theme year' },
  { value: 'plan', vi: 'Kế hoạch', en: 'Plan' },
  { value: 'programme', vi: 'Chương trình', en: 'Programme' },
] as const

export const CAMPAIGN_SCOPES = [
  { value: 'national', vi: 'Toàn quốc', en: 'National' },
  { value: 'province', vi: 'Tỉnh/thành phố', en: 'Province' },
  { value: 'district', vi: 'Huyện/thị/thành phố thuộc tỉnh', en: 'District' },
  { value: 'commune', vi: 'Xã/phường', en: 'Commune' },
] as const

export const MODEL_FIELDS = [
  { value: 'economy', vi: 'Kinh tế', en: 'Economy' },
  { value: 'culture-society', vi: 'Văn hóa - xã hội', en: 'Culture and society' },
  { value: 'defence-security', vi: 'Quốc phòng - an ninh', en: 'Defence and security' },
  { value: 'political-system', vi: 'Xây dựng hệ thống chính trị', en: 'Building the political system' },
] as const

export const MODEL_STATUSES = [
  { value: 'registered', vi: 'Đăng ký', en: 'Registered' },
  { value: 'effective', vi: 'Hiệu quả', en: 'Effective' },
  { value: 'recognised', vi: 'Được công nhận', en: 'Recognised' },
] as const
