import { ReturnedNotice as ReturnedNotice_e2aa7db6bb025799e899f7130e14a74f } from '../../../../src/components/admin/ReturnedNotice'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { HandleLabelsClient as HandleLabelsClient_be97221549831216b0f66daca0d534ac } from '../../../../src/components/admin/richText/HandleLabels.client'
import { WordPasteClient as WordPasteClient_3a39611297b1d5f1c6ca1797eb2c565a } from '../../../../src/components/admin/richText/WordPaste.client'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InsertOfficial as InsertOfficial_734191303f91052f6caba8cdaa84a566 } from '../../../../src/components/admin/InsertOfficial'
import { TitledOfficials as TitledOfficials_5adf1e7fac1574b2a6cdc899ac9c8942 } from '../../../../src/components/admin/TitledOfficials'
import { ConfirmTitles as ConfirmTitles_72a71eb8741047c28687028b12140283 } from '../../../../src/components/admin/ConfirmTitles'
import { PublishChecklist as PublishChecklist_75bdad93a0d4e87edb4ec6e59a2b6c8d } from '../../../../src/components/admin/PublishChecklist'
import { WorkflowTimeline as WorkflowTimeline_b35eb02bd9beb3d5623f240cfbe860de } from '../../../../src/components/admin/WorkflowTimeline'
import { CommentThread as CommentThread_0369f6d28cacff9020fea9fcbb8dbffa } from '../../../../src/components/admin/CommentThread'
import { VietnamDateCell as VietnamDateCell_85ca94db3c2210ceb0c0180727578904 } from '../../../../src/components/admin/dates/VietnamDateCell'
import { VietnamDateField as VietnamDateField_0cb2fa914fcaed2de4623dcccba3f1df } from '../../../../src/components/admin/dates/VietnamDateField'
import { VietnamDateDiff as VietnamDateDiff_f2a929bbd50283cbd60eea25a6da6eb0 } from '../../../../src/components/admin/dates/VietnamDateDiff'
import { LocalizedSlugField as LocalizedSlugField_7ba2b08e1151ca825b0d6eda220014fb } from '../../../../src/components/admin/LocalizedSlugField'
import { RelationCell as RelationCell_c709baeda502137c2465901fe34f83d4 } from '../../../../src/components/admin/RelationCell'
import { SavedByDiff as SavedByDiff_874674951992bbb63f2b74f0746891c8 } from '../../../../src/components/admin/versions/SavedByDiff'
import { ImportWord as ImportWord_b60aeb796baa9d967ab6b75e4c17743d } from '../../../../src/components/admin/wordImport/ImportWord'
import { BulkWorkflow as BulkWorkflow_9430b01c72539c33732462bf55475c41 } from '../../../../src/components/admin/BulkWorkflow'
import { DocumentTimes as DocumentTimes_c7f91241671a637fec9fd87ebebe08c1 } from '../../../../src/components/admin/dates/DocumentTimes'
import { WorkflowActions as WorkflowActions_c46a9e45421d39708c7df8390b8587bc } from '../../../../src/components/admin/WorkflowActions'
import { WorkflowStatus as WorkflowStatus_508d7f60a5bee2e078bdc9eee8959840 } from '../../../../src/components/admin/WorkflowStatus'
import { VersionsList as VersionsList_916a9525c2df079c22f097be5eb86f46 } from '../../../../src/components/admin/versions/VersionsList'
import { WordCell as WordCell_d0a96765bceb20d737dc625027cde114 } from '../../../../src/components/admin/WordCell'
import { UnconfirmedCell as UnconfirmedCell_5062331baf9fea297c3a76b5fb365a80 } from '../../../../src/components/admin/UnconfirmedCell'
import { PositionsTimeline as PositionsTimeline_10b462cea958359d98c735005b034b81 } from '../../../../src/components/admin/PositionsTimeline'
import { ChangeTitles as ChangeTitles_a07041ca4a2b4346c26f478886bcd28a } from '../../../../src/components/admin/ChangeTitles'
import { MergeOfficial as MergeOfficial_e56daf0ac657fdec6948effac64fc783 } from '../../../../src/components/admin/MergeOfficial'
import { AccountSecurity as AccountSecurity_ccc0fabf29a1f2801ae5076099184c76 } from '../../../../src/components/admin/account/AccountSecurity'
import { ImportRunResults as ImportRunResults_c064d3783effe4c54de5fb25abcb3cf7 } from '../../../../src/components/admin/ImportRunResults'
import { Icon as Icon_b04c0db8d89d68ff5dd20d513b3034b9 } from '../../../../src/components/admin/Icon'
import { Logo as Logo_4522c7900ab0b0df414ce3e1574aaee4 } from '../../../../src/components/admin/Logo'
import { NavLinks as NavLinks_f334e005c82c2f65cc5f94247fd1d9ea } from '../../../../src/components/admin/NavLinks'
import { MyWorkView as MyWorkView_a68ef0a3037974cf0b67122bdc61abf3 } from '../../../../src/components/admin/MyWorkView'
import { EditorialCalendar as EditorialCalendar_441957fa6e42aeae9fed09ff3e0e7f7f } from '../../../../src/components/admin/EditorialCalendar'
import { ImportView as ImportView_0408358898c494abd4a6b9fd26246658 } from '../../../../src/components/admin/ImportView'
import { LoginView as LoginView_606d83a53efb69fcb7f082d602f7f17d } from '../../../../src/components/admin/account/LoginView'
import { TwoFactorView as TwoFactorView_2d1046581ea551d679c421c110f3925e } from '../../../../src/components/admin/account/TwoFactorView'
import { StatisticsView as StatisticsView_b067c27b5d48dea248390d850dfcae7b } from '../../../../src/components/admin/statistics/StatisticsView'
import { BackupView as BackupView_26359023b01f6c242f5438e395890ab6 } from '../../../../src/components/admin/BackupView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/admin/ReturnedNotice#ReturnedNotice": ReturnedNotice_e2aa7db6bb025799e899f7130e14a74f,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/src/components/admin/richText/HandleLabels.client#HandleLabelsClient": HandleLabelsClient_be97221549831216b0f66daca0d534ac,
  "/src/components/admin/richText/WordPaste.client#WordPasteClient": WordPasteClient_3a39611297b1d5f1c6ca1797eb2c565a,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/InsertOfficial#InsertOfficial": InsertOfficial_734191303f91052f6caba8cdaa84a566,
  "/src/components/admin/TitledOfficials#TitledOfficials": TitledOfficials_5adf1e7fac1574b2a6cdc899ac9c8942,
  "/src/components/admin/ConfirmTitles#ConfirmTitles": ConfirmTitles_72a71eb8741047c28687028b12140283,
  "/src/components/admin/PublishChecklist#PublishChecklist": PublishChecklist_75bdad93a0d4e87edb4ec6e59a2b6c8d,
  "/src/components/admin/WorkflowTimeline#WorkflowTimeline": WorkflowTimeline_b35eb02bd9beb3d5623f240cfbe860de,
  "/src/components/admin/CommentThread#CommentThread": CommentThread_0369f6d28cacff9020fea9fcbb8dbffa,
  "/src/components/admin/dates/VietnamDateCell#VietnamDateCell": VietnamDateCell_85ca94db3c2210ceb0c0180727578904,
  "/src/components/admin/dates/VietnamDateField#VietnamDateField": VietnamDateField_0cb2fa914fcaed2de4623dcccba3f1df,
  "/src/components/admin/dates/VietnamDateDiff#VietnamDateDiff": VietnamDateDiff_f2a929bbd50283cbd60eea25a6da6eb0,
  "/src/components/admin/LocalizedSlugField#LocalizedSlugField": LocalizedSlugField_7ba2b08e1151ca825b0d6eda220014fb,
  "/src/components/admin/RelationCell#RelationCell": RelationCell_c709baeda502137c2465901fe34f83d4,
  "/src/components/admin/versions/SavedByDiff#SavedByDiff": SavedByDiff_874674951992bbb63f2b74f0746891c8,
  "/src/components/admin/wordImport/ImportWord#ImportWord": ImportWord_b60aeb796baa9d967ab6b75e4c17743d,
  "/src/components/admin/BulkWorkflow#BulkWorkflow": BulkWorkflow_9430b01c72539c33732462bf55475c41,
  "/src/components/admin/dates/DocumentTimes#DocumentTimes": DocumentTimes_c7f91241671a637fec9fd87ebebe08c1,
  "/src/components/admin/WorkflowActions#WorkflowActions": WorkflowActions_c46a9e45421d39708c7df8390b8587bc,
  "/src/components/admin/WorkflowStatus#WorkflowStatus": WorkflowStatus_508d7f60a5bee2e078bdc9eee8959840,
  "/src/components/admin/versions/VersionsList#VersionsList": VersionsList_916a9525c2df079c22f097be5eb86f46,
  "/src/components/admin/WordCell#WordCell": WordCell_d0a96765bceb20d737dc625027cde114,
  "/src/components/admin/UnconfirmedCell#UnconfirmedCell": UnconfirmedCell_5062331baf9fea297c3a76b5fb365a80,
  "/src/components/admin/PositionsTimeline#PositionsTimeline": PositionsTimeline_10b462cea958359d98c735005b034b81,
  "/src/components/admin/ChangeTitles#ChangeTitles": ChangeTitles_a07041ca4a2b4346c26f478886bcd28a,
  "/src/components/admin/MergeOfficial#MergeOfficial": MergeOfficial_e56daf0ac657fdec6948effac64fc783,
  "/src/components/admin/account/AccountSecurity#AccountSecurity": AccountSecurity_ccc0fabf29a1f2801ae5076099184c76,
  "/src/components/admin/ImportRunResults#ImportRunResults": ImportRunResults_c064d3783effe4c54de5fb25abcb3cf7,
  "/src/components/admin/Icon#Icon": Icon_b04c0db8d89d68ff5dd20d513b3034b9,
  "/src/components/admin/Logo#Logo": Logo_4522c7900ab0b0df414ce3e1574aaee4,
  "/src/components/admin/NavLinks#NavLinks": NavLinks_f334e005c82c2f65cc5f94247fd1d9ea,
  "/src/components/admin/MyWorkView#MyWorkView": MyWorkView_a68ef0a3037974cf0b67122bdc61abf3,
  "/src/components/admin/EditorialCalendar#EditorialCalendar": EditorialCalendar_441957fa6e42aeae9fed09ff3e0e7f7f,
  "/src/components/admin/ImportView#ImportView": ImportView_0408358898c494abd4a6b9fd26246658,
  "/src/components/admin/account/LoginView#LoginView": LoginView_606d83a53efb69fcb7f082d602f7f17d,
  "/src/components/admin/account/TwoFactorView#TwoFactorView": TwoFactorView_2d1046581ea551d679c421c110f3925e,
  "/src/components/admin/statistics/StatisticsView#StatisticsView": StatisticsView_b067c27b5d48dea248390d850dfcae7b,
  "/src/components/admin/BackupView#BackupView": BackupView_26359023b01f6c242f5438e395890ab6,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
