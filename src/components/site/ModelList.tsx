import type { ModelCard } from '@/site/model'

export function ModelList({ models, empty, heading: H = 'h3' }: { models: ModelCard[]; empty: string; heading?: 'h2' | 'h3' }) {
  if (!models.length) return <p className="empty">{empty}</p>
  return (
    <ul className="model-list">
      {models.map((m) => (
        <li key={m.id}>
          <H className="model-list__name">
            <a href={m.url}>{m.name}</a>
          </H>
          <p className="muted">
            {[m.field, m.unit?.name, m.locality, m.year ? `công nhận năm ${m.year}` : null].filter(Boolean).join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  )
}
