/**
 * How every command-line tool ends (import, seed, search:rebuild, backup, restore,
 * officials:rederive): each status means one thing, and every status but 0 comes with a line
 * on stderr saying what failed.
 */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** Done, but some of the work failed (pages not imported, seed pages refused): listed above. */
  partial: 1,
  /** Wrong arguments or files: the usage is printed. */
  usage: 2,
  /** Refused before writing anything: a damaged archive, a database that is not empty. */
  refused: 3,
  /** An error stopped the work: its message (and stack) is printed. */
  error: 4,
  /** Stopped before finishing without saying why: something inside a library ended the process. */
  stopped: 5,
  /** A question needed an answer on a terminal the tool does not have (Payload's schema push). */
  prompt: 6,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** The line a tool ends with when it did not get to say why itself. */
export function stoppedMessage(tool: string, code: number, promptAsked: boolean): string {
  if (promptAsked)
    return (
      `✖ ${tool}: dừng lại vì Payload muốn hỏi xác nhận thay đổi cấu trúc cơ sở dữ liệu (có thể mất dữ liệu), mà công cụ dòng lệnh không có ai trả lời.\n` +
      `  Cấu trúc trong cơ sở dữ liệu khác mã nguồn: chạy "npm run dev" một lần để xem và trả lời câu hỏi, hoặc đặt DATABASE_PUSH=false để dùng cấu trúc sẵn có.`
    )
  return `✖ ${tool}: dừng lại trước khi xong (mã thoát ${code}) mà không có thông báo lỗi — một thư viện đã kết thúc tiến trình. Không nên coi kết quả là đầy đủ.`
}
