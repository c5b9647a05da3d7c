/**
 * What old provincial sites put around an article, recognised line by line: slogans, menus,
 * counters, "related news" lists, comment and share forms, footers and advertising. Lines
 * that mark where the article has ended (everything after them is chrome) are kept apart.
 */
const END_OF_ARTICLE = [
  /^\[?\s*ý kiến (của bạn|bạn đọc)\s*\]?$/i,
  /^(gửi cho bạn bè|gửi bài viết|in bài( viết)?|chia sẻ|bản in|lưu bài|gửi email|share)\s*:?$/i,
  /^(các |những )?(tin|bài)( viết)? (khác|mới hơn|cũ hơn|liên quan|cùng chuyên mục|mới đăng|đã đăng|mới|đọc nhiều|xem nhiều)\b/i,
  /^(tin|bài) (liên quan|khác)\s*:?$/i,
  /^xem (nhiều nhất|thêm)\s*:?$/i,
  /^(viết |gửi )?bình luận\b/i,
  /^(video|tin ảnh|thống kê truy cập|liên kết website|liên kết|quảng cáo|tags?|từ khóa)\s*:?$/i,
  /^bài viết\s+xem$/i,
  /^(bản quyền|copyright|©)/i,
]

const CHROME = [
  /^(đoàn kết, đoàn kết|toàn đảng, toàn dân|nhiệt liệt chào mừng|chào mừng)/i,
  /^(trang chủ|chuyên mục chính|tin tức|giới thiệu|liên hệ|sơ đồ site|đăng nhập|tìm kiếm|menu)\b.{0,40}$/i,
  /^(số lượt (truy cập|xem)|lượt xem|đang online|đang truy cập|tất cả|hôm nay|trong tuần|trong tháng)\b/i,
  /^[\d.,\s|]+$/, // bare counters and separators
  /^(https?:\/\/|www\.)\S+(\s+\S+)*$/i,
  /^(điện thoại|fax|email|e-mail|địa chỉ|tòa soạn|giấy phép|tổng biên tập|chịu trách nhiệm|cơ quan chủ quản)\b/i,
  /^[•·▪►»]\s*/,
  /^(họ tên|số điện thoại|tiêu đề|nội dung|mã xác nhận)\s*:?\s*(\(\*\))?/i,
]

export const isEndOfArticle = (line: string): boolean => END_OF_ARTICLE.some((re) => re.test(line.trim()))
export const isChrome = (line: string): boolean => CHROME.some((re) => re.test(line.trim()))
/** "Số lượt xem 223": the old site's view count, worth keeping. */
export const viewCountOf = (line: string): number | null => {
  const m = /^(?:số lượt xem|lượt xem)\s*:?\s*([\d.,]+)$/i.exec(line.trim())
  return m ? Number(m[1].replace(/[.,]/g, '')) : null
}
/** A menu heading in capitals ("CHUYÊN MỤC CHÍNH", "TIN ẢNH"). */
export const isCapitalsHeading = (line: string): boolean => /\p{L}/u.test(line) && line === line.toUpperCase() && line.length <= 80
