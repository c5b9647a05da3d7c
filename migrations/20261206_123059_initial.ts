import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reports_gallery\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`photo_id\` integer,
  	\`caption\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_gallery_order_idx\` ON \`reports_gallery\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_gallery_parent_id_idx\` ON \`reports_gallery\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_gallery_photo_idx\` ON \`reports_gallery\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`featured_image_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`returned_comment\` text,
  	\`scheduled_action\` text,
  	\`scheduled_at\` text,
  	\`scheduled_by_id\` integer,
  	\`schedule_token\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`unit_id\` integer,
  	\`category_id\` integer,
  	\`published_at\` text,
  	\`publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`date_approximate\` integer DEFAULT false,
  	\`featured\` integer DEFAULT false,
  	\`byline\` text,
  	\`source\` text,
  	\`imported_view_count\` numeric DEFAULT 0,
  	\`source_fingerprint\` text,
  	\`title_needs_review\` integer DEFAULT false,
  	\`import_notes\` text,
  	\`import_hash\` text,
  	\`created_by_id\` integer,
  	\`saved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`featured_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_featured_image_idx\` ON \`reports\` (\`featured_image_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_state_idx\` ON \`reports\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`reports_scheduled_at_idx\` ON \`reports\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_scheduled_by_idx\` ON \`reports\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_slug_idx\` ON \`reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reports_unit_idx\` ON \`reports\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_category_idx\` ON \`reports\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_published_at_idx\` ON \`reports\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_featured_idx\` ON \`reports\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`reports_source_fingerprint_idx\` ON \`reports\` (\`source_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_by_idx\` ON \`reports\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_saved_by_idx\` ON \`reports\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports__status_idx\` ON \`reports\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_slug_idx\` ON \`reports\` (\`unit_id\`,\`slug\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`reports\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`unit__status_publishedAt_idx\` ON \`reports\` (\`unit_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`category__status_publishedAt_idx\` ON \`reports\` (\`category_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_workflowState_idx\` ON \`reports\` (\`unit_id\`,\`workflow_state\`);`)
  await db.run(sql`CREATE TABLE \`reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`officials_id\` integer,
  	\`campaigns_id\` integer,
  	\`models_id\` integer,
  	\`legal_documents_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`models_id\`) REFERENCES \`models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_officials_id_idx\` ON \`reports_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_campaigns_id_idx\` ON \`reports_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_models_id_idx\` ON \`reports_rels\` (\`models_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_legal_documents_id_idx\` ON \`reports_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_media_id_idx\` ON \`reports_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_gallery\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`photo_id\` integer,
  	\`caption\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_gallery_order_idx\` ON \`_reports_v_version_gallery\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_gallery_parent_id_idx\` ON \`_reports_v_version_gallery\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_gallery_photo_idx\` ON \`_reports_v_version_gallery\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`version_featured_image_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_returned_comment\` text,
  	\`version_scheduled_action\` text,
  	\`version_scheduled_at\` text,
  	\`version_scheduled_by_id\` integer,
  	\`version_schedule_token\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_unit_id\` integer,
  	\`version_category_id\` integer,
  	\`version_published_at\` text,
  	\`version_publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_date_approximate\` integer DEFAULT false,
  	\`version_featured\` integer DEFAULT false,
  	\`version_byline\` text,
  	\`version_source\` text,
  	\`version_imported_view_count\` numeric DEFAULT 0,
  	\`version_source_fingerprint\` text,
  	\`version_title_needs_review\` integer DEFAULT false,
  	\`version_import_notes\` text,
  	\`version_import_hash\` text,
  	\`version_created_by_id\` integer,
  	\`version_saved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_featured_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_featured_image_idx\` ON \`_reports_v\` (\`version_featured_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_workflow_state_idx\` ON \`_reports_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_scheduled_at_idx\` ON \`_reports_v\` (\`version_scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_scheduled_by_idx\` ON \`_reports_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_slug_idx\` ON \`_reports_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_unit_idx\` ON \`_reports_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_category_idx\` ON \`_reports_v\` (\`version_category_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_published_at_idx\` ON \`_reports_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_featured_idx\` ON \`_reports_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_source_fingerprint_idx\` ON \`_reports_v\` (\`version_source_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_by_idx\` ON \`_reports_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_saved_by_idx\` ON \`_reports_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version__status_idx\` ON \`_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_latest_idx\` ON \`_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_unit_version_slug_idx\` ON \`_reports_v\` (\`version_unit_id\`,\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_reports_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_unit_version__status_version_publishedAt_idx\` ON \`_reports_v\` (\`version_unit_id\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_category_version__status_version_publishedAt_idx\` ON \`_reports_v\` (\`version_category_id\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_unit_version_workflowState_idx\` ON \`_reports_v\` (\`version_unit_id\`,\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`reports_v_latest_version_publishedat_idx\` ON \`_reports_v\` (\`latest\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_v_latest_version_status_version_unit_idx\` ON \`_reports_v\` (\`latest\`,\`version__status\`,\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_v_latest_version_workflowstate_version_unit_idx\` ON \`_reports_v\` (\`latest\`,\`version_workflow_state\`,\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_v_latest_version_createdby_version_workflowstate_idx\` ON \`_reports_v\` (\`latest\`,\`version_created_by_id\`,\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`reports_v_latest_version_scheduledat_idx\` ON \`_reports_v\` (\`latest\`,\`version_scheduled_at\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`officials_id\` integer,
  	\`campaigns_id\` integer,
  	\`models_id\` integer,
  	\`legal_documents_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`models_id\`) REFERENCES \`models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_order_idx\` ON \`_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_parent_idx\` ON \`_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_path_idx\` ON \`_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_officials_id_idx\` ON \`_reports_v_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_campaigns_id_idx\` ON \`_reports_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_models_id_idx\` ON \`_reports_v_rels\` (\`models_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_legal_documents_id_idx\` ON \`_reports_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_media_id_idx\` ON \`_reports_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`report_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`report_id\` integer NOT NULL,
  	\`text\` text NOT NULL,
  	\`resolved\` integer DEFAULT false,
  	\`author_id\` integer,
  	\`kind\` text DEFAULT 'comment',
  	\`unit_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`report_comments_report_idx\` ON \`report_comments\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`report_comments_author_idx\` ON \`report_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`report_comments_unit_idx\` ON \`report_comments\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`report_comments_updated_at_idx\` ON \`report_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_comments_created_at_idx\` ON \`report_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`report_transitions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`report_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`action\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`user_id\` integer,
  	\`comment\` text,
  	\`scheduled_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`report_transitions_report_idx\` ON \`report_transitions\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`report_transitions_unit_idx\` ON \`report_transitions\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`report_transitions_user_idx\` ON \`report_transitions\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`report_transitions_updated_at_idx\` ON \`report_transitions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_transitions_created_at_idx\` ON \`report_transitions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`taken_at\` text,
  	\`unit_id\` integer NOT NULL,
  	\`created_by_id\` integer,
  	\`sha256\` text,
  	\`public\` integer,
  	\`marked_public\` integer,
  	\`variants\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_unit_idx\` ON \`media\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`media_created_by_idx\` ON \`media\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_sha256_idx\` ON \`media\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`media_public_idx\` ON \`media\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`officials_positions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`organisation_id\` integer,
  	\`start\` text,
  	\`end\` text,
  	\`confirmed\` integer DEFAULT true,
  	\`protocol_rank\` numeric,
  	\`source\` text,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`officials_positions_order_idx\` ON \`officials_positions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`officials_positions_parent_id_idx\` ON \`officials_positions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`officials_positions_organisation_idx\` ON \`officials_positions\` (\`organisation_id\`);`)
  await db.run(sql`CREATE TABLE \`officials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`titles_unconfirmed\` integer DEFAULT false,
  	\`name_folded\` text,
  	\`sort_key\` text,
  	\`portrait_id\` integer,
  	\`notes\` text,
  	\`merged_into_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`officials_titles_unconfirmed_idx\` ON \`officials\` (\`titles_unconfirmed\`);`)
  await db.run(sql`CREATE INDEX \`officials_name_folded_idx\` ON \`officials\` (\`name_folded\`);`)
  await db.run(sql`CREATE INDEX \`officials_sort_key_idx\` ON \`officials\` (\`sort_key\`);`)
  await db.run(sql`CREATE INDEX \`officials_portrait_idx\` ON \`officials\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`officials_merged_into_idx\` ON \`officials\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`officials_updated_at_idx\` ON \`officials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`officials_created_at_idx\` ON \`officials\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`officials_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`officials_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`officials_rels_order_idx\` ON \`officials_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`officials_rels_parent_idx\` ON \`officials_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`officials_rels_path_idx\` ON \`officials_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`officials_rels_media_id_idx\` ON \`officials_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`officials_rels_officials_id_idx\` ON \`officials_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`display_name\` text,
  	\`kind\` text NOT NULL,
  	\`board\` text,
  	\`level\` text NOT NULL,
  	\`province\` text,
  	\`locality\` text,
  	\`parent_id\` integer,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`successor_id\` integer,
  	\`sources\` text,
  	\`saved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`successor_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_parent_idx\` ON \`organisations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_successor_idx\` ON \`organisations\` (\`successor_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_saved_by_idx\` ON \`organisations\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_display_name\` text,
  	\`version_kind\` text NOT NULL,
  	\`version_board\` text,
  	\`version_level\` text NOT NULL,
  	\`version_province\` text,
  	\`version_locality\` text,
  	\`version_parent_id\` integer,
  	\`version_valid_from\` text,
  	\`version_valid_to\` text,
  	\`version_successor_id\` integer,
  	\`version_sources\` text,
  	\`version_saved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_successor_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_parent_idx\` ON \`_organisations_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_successor_idx\` ON \`_organisations_v\` (\`version_successor_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_saved_by_idx\` ON \`_organisations_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`scope\` text,
  	\`start\` text,
  	\`end\` text,
  	\`issuing_body\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_legal_documents_id_idx\` ON \`campaigns_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`models\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`field\` text NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`locality\` text,
  	\`level\` text,
  	\`campaign_id\` integer,
  	\`year_recognised\` numeric,
  	\`status\` text DEFAULT 'registered',
  	\`description\` text,
  	\`results\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`models_slug_idx\` ON \`models\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`models_field_idx\` ON \`models\` (\`field\`);`)
  await db.run(sql`CREATE INDEX \`models_unit_idx\` ON \`models\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`models_campaign_idx\` ON \`models\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`models_year_recognised_idx\` ON \`models\` (\`year_recognised\`);`)
  await db.run(sql`CREATE INDEX \`models_updated_at_idx\` ON \`models\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`models_created_at_idx\` ON \`models\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_field_yearRecognised_idx\` ON \`models\` (\`unit_id\`,\`field\`,\`year_recognised\`);`)
  await db.run(sql`CREATE TABLE \`models_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`models_rels_order_idx\` ON \`models_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`models_rels_parent_idx\` ON \`models_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`models_rels_path_idx\` ON \`models_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`models_rels_media_id_idx\` ON \`models_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`number\` text NOT NULL,
  	\`number_key\` text,
  	\`issuing_body\` text,
  	\`issued_date\` text,
  	\`effective_date\` text,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_documents_number_key_idx\` ON \`legal_documents\` (\`number_key\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_at_idx\` ON \`legal_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_at_idx\` ON \`legal_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_documents_filename_idx\` ON \`legal_documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`categories_parent_idx\` ON \`categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`units_functions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`description\` text NOT NULL,
  	\`description_en\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`units_functions_order_idx\` ON \`units_functions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`units_functions_parent_id_idx\` ON \`units_functions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`display_name\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`short_name\` text,
  	\`level\` text NOT NULL,
  	\`province\` text,
  	\`parent_id\` integer,
  	\`organisation_id\` integer,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`successor_id\` integer,
  	\`name_en\` text,
  	\`address\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`saved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`successor_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`units_slug_idx\` ON \`units\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`units_parent_idx\` ON \`units\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`units_organisation_idx\` ON \`units\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`units_successor_idx\` ON \`units\` (\`successor_id\`);`)
  await db.run(sql`CREATE INDEX \`units_saved_by_idx\` ON \`units\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_units_v_version_functions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`description\` text NOT NULL,
  	\`description_en\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_units_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_units_v_version_functions_order_idx\` ON \`_units_v_version_functions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_functions_parent_id_idx\` ON \`_units_v_version_functions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_units_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_display_name\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text NOT NULL,
  	\`version_short_name\` text,
  	\`version_level\` text NOT NULL,
  	\`version_province\` text,
  	\`version_parent_id\` integer,
  	\`version_organisation_id\` integer,
  	\`version_valid_from\` text,
  	\`version_valid_to\` text,
  	\`version_successor_id\` integer,
  	\`version_name_en\` text,
  	\`version_address\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_saved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_successor_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_units_v_parent_idx\` ON \`_units_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_slug_idx\` ON \`_units_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_parent_idx\` ON \`_units_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_organisation_idx\` ON \`_units_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_successor_idx\` ON \`_units_v\` (\`version_successor_id\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_saved_by_idx\` ON \`_units_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_updated_at_idx\` ON \`_units_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_version_version_created_at_idx\` ON \`_units_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_created_at_idx\` ON \`_units_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_units_v_updated_at_idx\` ON \`_units_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`totp_enabled\` integer DEFAULT false,
  	\`totp_secret\` text,
  	\`totp_pending\` text,
  	\`totp_last_step\` numeric,
  	\`recovery_codes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_units_id_idx\` ON \`users_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`login_failures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`account\` text NOT NULL,
  	\`address\` text NOT NULL,
  	\`at\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`login_failures_account_idx\` ON \`login_failures\` (\`account\`);`)
  await db.run(sql`CREATE INDEX \`login_failures_address_idx\` ON \`login_failures\` (\`address\`);`)
  await db.run(sql`CREATE INDEX \`login_failures_at_idx\` ON \`login_failures\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`search_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text,
  	\`doc_id\` text,
  	\`title\` text,
  	\`url\` text,
  	\`unit\` text,
  	\`unit_name\` text,
  	\`category\` text,
  	\`year\` numeric,
  	\`published_at\` text,
  	\`lead\` text,
  	\`text\` text,
  	\`hash\` text,
  	\`removed\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`search_entries_key_idx\` ON \`search_entries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_updated_at_idx\` ON \`search_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_created_at_idx\` ON \`search_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_invalidations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tags\` text,
  	\`paths\` text,
  	\`origin\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`site_invalidations_updated_at_idx\` ON \`site_invalidations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_invalidations_created_at_idx\` ON \`site_invalidations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`import_runs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`state\` text DEFAULT 'queued',
  	\`target_status\` text DEFAULT 'draft',
  	\`unit_id\` integer,
  	\`dry_run\` integer,
  	\`total\` numeric DEFAULT 0,
  	\`done\` numeric DEFAULT 0,
  	\`created\` numeric DEFAULT 0,
  	\`updated\` numeric DEFAULT 0,
  	\`unchanged\` numeric DEFAULT 0,
  	\`failed\` numeric DEFAULT 0,
  	\`results\` text,
  	\`error\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`started_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`started_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`import_runs_unit_idx\` ON \`import_runs\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`import_runs_started_by_idx\` ON \`import_runs\` (\`started_by_id\`);`)
  await db.run(sql`CREATE INDEX \`import_runs_updated_at_idx\` ON \`import_runs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_runs_created_at_idx\` ON \`import_runs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`report_views\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`report_id\` integer NOT NULL,
  	\`day\` text NOT NULL,
  	\`writer\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`report_views_report_idx\` ON \`report_views\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`report_views_day_idx\` ON \`report_views\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`report_views_updated_at_idx\` ON \`report_views\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_views_created_at_idx\` ON \`report_views\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`report_day_writer_idx\` ON \`report_views\` (\`report_id\`,\`day\`,\`writer\`);`)
  await db.run(sql`CREATE TABLE \`statistics_months\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`month\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`writer\` text NOT NULL,
  	\`data\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`statistics_months_unit_idx\` ON \`statistics_months\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`statistics_months_updated_at_idx\` ON \`statistics_months\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`statistics_months_created_at_idx\` ON \`statistics_months\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_month_kind_writer_idx\` ON \`statistics_months\` (\`unit_id\`,\`month\`,\`kind\`,\`writer\`);`)
  await db.run(sql`CREATE INDEX \`month_kind_idx\` ON \`statistics_months\` (\`month\`,\`kind\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection_slug\` text,
  	\`document_id\` text,
  	\`target\` text,
  	\`summary\` text,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`address\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_slug_idx\` ON \`audit_log\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_address_idx\` ON \`audit_log\` (\`address\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`reports_id\` integer,
  	\`report_comments_id\` integer,
  	\`report_transitions_id\` integer,
  	\`media_id\` integer,
  	\`officials_id\` integer,
  	\`organisations_id\` integer,
  	\`campaigns_id\` integer,
  	\`models_id\` integer,
  	\`legal_documents_id\` integer,
  	\`categories_id\` integer,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`login_failures_id\` integer,
  	\`import_runs_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_comments_id\`) REFERENCES \`report_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_transitions_id\`) REFERENCES \`report_transitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`models_id\`) REFERENCES \`models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_failures_id\`) REFERENCES \`login_failures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_runs_id\`) REFERENCES \`import_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`report_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_transitions_id_idx\` ON \`payload_locked_documents_rels\` (\`report_transitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_officials_id_idx\` ON \`payload_locked_documents_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_models_id_idx\` ON \`payload_locked_documents_rels\` (\`models_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_failures_id_idx\` ON \`payload_locked_documents_rels\` (\`login_failures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`import_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`portal_links_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`portal_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`portal_links_links_order_idx\` ON \`portal_links_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`portal_links_links_parent_id_idx\` ON \`portal_links_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`portal_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reports_gallery\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_gallery\`;`)
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_rels\`;`)
  await db.run(sql`DROP TABLE \`report_comments\`;`)
  await db.run(sql`DROP TABLE \`report_transitions\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`officials_positions\`;`)
  await db.run(sql`DROP TABLE \`officials\`;`)
  await db.run(sql`DROP TABLE \`officials_rels\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`models\`;`)
  await db.run(sql`DROP TABLE \`models_rels\`;`)
  await db.run(sql`DROP TABLE \`legal_documents\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`DROP TABLE \`units_functions\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`DROP TABLE \`_units_v_version_functions\`;`)
  await db.run(sql`DROP TABLE \`_units_v\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`login_failures\`;`)
  await db.run(sql`DROP TABLE \`search_entries\`;`)
  await db.run(sql`DROP TABLE \`site_invalidations\`;`)
  await db.run(sql`DROP TABLE \`import_runs\`;`)
  await db.run(sql`DROP TABLE \`report_views\`;`)
  await db.run(sql`DROP TABLE \`statistics_months\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`portal_links_links\`;`)
  await db.run(sql`DROP TABLE \`portal_links\`;`)
}
