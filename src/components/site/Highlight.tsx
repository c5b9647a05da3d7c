/** Search result text with the matched words marked. */
export function Highlight({ parts }: { parts: { text: string; hit: boolean }[] }) {
  return (
    <>
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  )
}
