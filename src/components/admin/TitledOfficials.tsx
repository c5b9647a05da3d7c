'use client'
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

/**
 * The report's officials as the report reads them, one full line each: computed on the server
 * from their posts on the report's date (Payload's chips would cut the titles off).
 */
export function TitledOfficials({ path }: { path: string }) {
  const { value } = useField<string[]>({ path })
  const lines = Array.isArray(value) ? value : []
  return (
    <div className="field-type titled-officials" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label="Cán bộ, với chức danh tại ngày đăng" path={path} />
      {lines.length ? (
        <ul style={{ margin: '0.25rem 0', paddingLeft: '1.25rem' }}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p style={{ margin: '0.25rem 0', opacity: 0.7 }}>Chưa có cán bộ nào; chọn ở trên rồi lưu để xem chức danh.</p>
      )}
      <FieldDescription description="Tự tính từ quá trình công tác của cán bộ tại ngày đăng; không sửa tay. Lưu bản nháp để cập nhật." path={path} />
    </div>
  )
}
