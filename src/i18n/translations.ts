/**
 * The product's own strings, beside Payload's `vi` and `en` translations.
 * Use them through `req.t('custom:key')` so API errors follow the request's language.
 */
export const customTranslations = {
  vi: {
    custom: {
      // API guards (src/api): bad numbers, rate limits, GraphQL shape, files, unused routes
      countNotNumber: 'Tham số "{{name}}" phải là một số nguyên, không phải "{{value}}".',
      countNotInteger: 'Tham số "{{name}}" phải là số nguyên, không phải {{value}}.',
      countNegative: 'Tham số "{{name}}" không được là số âm ({{value}}).',
      countTooLarge: 'Tham số "{{name}}" quá lớn ({{value}}); lớn nhất là {{max}}.',
      tooManyRequests: 'Quá nhiều yêu cầu từ địa chỉ của bạn. Vui lòng thử lại sau {{seconds}} giây.',
      tooManyLogins: 'Quá nhiều lần đăng nhập từ địa chỉ của bạn. Vui lòng thử lại sau {{seconds}} giây.',
      graphQLTooDeep: 'Khi chưa đăng nhập, truy vấn GraphQL chỉ được đọc quan hệ sâu {{depth}} cấp.',
      graphQLOneList: 'Khi chưa đăng nhập, mỗi truy vấn GraphQL chỉ được đọc một danh sách.',
      fileNameInvalid: 'Tên tệp không hợp lệ.',
      fileNotFound: 'Không tìm thấy tệp.',
      verifyNotUsed: 'Tài khoản ở đây không xác minh qua e-mail.',
      slugTaken: 'Đường dẫn "{{slug}}" đã được dùng cho một tin bài khác của đơn vị này.',
      unitNotYours: 'Bạn không thuộc đơn vị này nên không thể tạo hoặc chuyển nội dung sang đơn vị đó.',
      publishNotAllowed: 'Chỉ Lãnh đạo Ban (người duyệt) hoặc Quản trị hệ thống được xuất bản tin bài.',
      legalNumberTaken: 'Văn bản số "{{number}}" đã có trong hệ thống.',
      validToBeforeFrom: 'Ngày hết hiệu lực phải sau ngày bắt đầu.',
      successorIsSelf: 'Đơn vị, cơ quan kế thừa không thể là chính nó.',
      auditImmutable: 'Lịch sử quy trình không thể sửa hoặc xóa.',
      reportNotFound: 'Không tìm thấy tin bài.',
      workflowOnly: 'Trạng thái và việc xuất bản chỉ thay đổi qua các thao tác quy trình (Gửi biên tập, Chuyển duyệt, Xuất bản...).',
      publishedNeedsDraft: 'Tin bài đang xuất bản: hãy "Lưu bản nháp"; bản đang hiển thị giữ nguyên đến khi được duyệt lại.',
      lockedInReview: 'Tin bài đang ở trạng thái "{{state}}": cộng tác viên chỉ sửa được khi tin bài ở trạng thái Bản nháp.',
      // the admin's words where Payload has none of its own (see src/admin/adminLanguage.ts)
      apiTab: 'Dữ liệu JSON',
      datePreviousMonth: 'Tháng trước',
      dateNextMonth: 'Tháng sau',
      datePreviousYear: 'Năm trước',
      dateNextYear: 'Năm sau',
      dateChooseDay: 'Chọn',
      dateChooseDate: 'Chọn ngày',
      dateChooseDateTime: 'Chọn ngày và giờ',
      dateChooseTime: 'Chọn giờ',
      dateNotAvailable: 'Không chọn được',
      dateMonth: 'tháng',
      dateWeek: 'tuần',
      editorDragToMove: 'Kéo để di chuyển đoạn',
      editorAddBlock: 'Thêm đoạn hoặc khối nội dung',
      editorInsertParagraph: 'Thêm đoạn văn ở cuối',
      commentThread: 'Góp ý biên tập',
      commentNone: 'Chưa có góp ý nào.',
      commentNew: 'Góp ý mới',
      commentPlaceholder: 'Viết góp ý cho bài này…',
      commentSend: 'Gửi góp ý',
      commentSent: 'Đã gửi góp ý',
      commentSaveFirst: 'Lưu bài trước khi góp ý.',
      commentReturn: 'Trả lại',
      commentResolved: 'Đã giải quyết',
      commentOpen: 'Chưa giải quyết',
      commentResolve: 'Đánh dấu đã giải quyết',
      commentReopen: 'Mở lại',
      commentFailed: 'Không lưu được góp ý.',
      commentSystem: 'Hệ thống',
      notReportStaff: 'Bạn không xem được tin bài này nên không thể góp ý cho nó.',
      textControl: 'Có ký tự điều khiển (không nhìn thấy) trong nội dung; hãy xóa rồi gõ lại đoạn đó.',
      textInvisible: 'Có ký tự ẩn (độ rộng 0 hoặc đảo chiều chữ) trong tiêu đề, tên hoặc đường dẫn; hãy gõ lại.',
      textTooLong: 'Dài quá {{max}} ký tự.',
      linkNotAllowed: 'Liên kết chỉ được là địa chỉ web (http, https), e-mail (mailto:), điện thoại (tel:) hoặc đường dẫn trong trang.',
    },
    // Payload's own Vietnamese, where it leaves English or reads oddly
    fields: {
      toggleBlock: 'Thu gọn/Mở rộng',
    },
    // "bản nháp" as the workflow says it (Payload: "Bản thảo hiện tại")
    version: {
      currentDraft: 'Bản nháp hiện tại',
    },
  },
  en: {
    custom: {
      countNotNumber: 'The "{{name}}" parameter must be a whole number, not "{{value}}".',
      countNotInteger: 'The "{{name}}" parameter must be a whole number, not {{value}}.',
      countNegative: 'The "{{name}}" parameter cannot be negative ({{value}}).',
      countTooLarge: 'The "{{name}}" parameter is too large ({{value}}); the largest is {{max}}.',
      tooManyRequests: 'Too many requests from your address. Please try again in {{seconds}} seconds.',
      tooManyLogins: 'Too many login attempts from your address. Please try again in {{seconds}} seconds.',
      graphQLTooDeep: 'Without signing in, a GraphQL query may read relations only {{depth}} level(s) deep.',
      graphQLOneList: 'Without signing in, a GraphQL query may read only one list.',
      fileNameInvalid: 'Invalid file name.',
      fileNotFound: 'File not found.',
      verifyNotUsed: 'Accounts here are not verified by e-mail.',
      slugTaken: 'The slug "{{slug}}" is already used by another report of this unit.',
      unitNotYours: 'You do not belong to this unit, so you cannot create content in it or move content to it.',
      publishNotAllowed: 'Only an approver or an administrator may publish a report.',
      legalNumberTaken: 'Document number "{{number}}" already exists.',
      validToBeforeFrom: 'The end date must be after the start date.',
      successorIsSelf: 'A unit or organisation cannot be its own successor.',
      auditImmutable: 'Workflow history cannot be changed or deleted.',
      reportNotFound: 'Report not found.',
      workflowOnly: 'State and publication change only through the workflow actions (submit, send for approval, publish...).',
      publishedNeedsDraft: 'This report is published: use "Save draft"; the live version stays until the new one is approved.',
      lockedInReview: 'This report is "{{state}}": contributors edit only drafts.',
      apiTab: 'API',
      datePreviousMonth: 'Previous month',
      dateNextMonth: 'Next month',
      datePreviousYear: 'Previous year',
      dateNextYear: 'Next year',
      dateChooseDay: 'Choose',
      dateChooseDate: 'Choose date',
      dateChooseDateTime: 'Choose date and time',
      dateChooseTime: 'Choose time',
      dateNotAvailable: 'Not available',
      dateMonth: 'month',
      dateWeek: 'week',
      editorDragToMove: 'Drag to move',
      editorAddBlock: 'Add block',
      editorInsertParagraph: 'Insert paragraph',
      commentThread: 'Editorial comments',
      commentNone: 'No comments yet.',
      commentNew: 'New comment',
      commentPlaceholder: 'Write a comment on this report…',
      commentSend: 'Send comment',
      commentSent: 'Comment sent',
      commentSaveFirst: 'Save the report before commenting.',
      commentReturn: 'Returned',
      commentResolved: 'Resolved',
      commentOpen: 'Open',
      commentResolve: 'Mark resolved',
      commentReopen: 'Reopen',
      commentFailed: 'The comment could not be saved.',
      commentSystem: 'System',
      notReportStaff: 'You cannot read this report, so you cannot comment on it.',
      textControl: 'The text contains control (invisible) characters; delete and retype that part.',
      textInvisible: 'The title, name or slug contains hidden characters (zero-width or direction overrides); retype it.',
      textTooLong: 'Longer than {{max}} characters.',
      linkNotAllowed: 'Links may only be web addresses (http, https), e-mail (mailto:), telephone (tel:) or paths of this site.',
    },
  },
}

export type CustomKey = keyof (typeof customTranslations)['vi']['custom']

type Translator = (key: never, vars?: Record<string, unknown>) => string

/** Typed access to the custom keys through Payload's translator. */
export function tr(t: unknown, key: CustomKey, vars?: Record<string, unknown>): string {
  return (t as Translator)(`custom:${key}` as never, vars)
}

/** The language of a request's answers: English when the client asked for it, else Vietnamese. */
export function requestLanguage(req: { i18n?: { language?: string } }): 'vi' | 'en' {
  return req.i18n?.language === 'en' ? 'en' : 'vi'
}
