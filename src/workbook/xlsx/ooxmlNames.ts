/**
 * The OOXML names the reader and the writer share, written once: namespaces, relationship types and content
 * types (transitional, the form Excel writes). The reader matches relationship types by their last segment
 * (rels.ts relType), so a strict workbook is read alike; these full forms are what the writer writes.
 */

/** The package's part that names every part's content type. */
export const CONTENT_TYPES_PART = "[Content_Types].xml";

/** SpreadsheetML's main namespace. */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** The namespace of r:id attributes, and the stem of every relationship type. */
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The namespace of a rels part's root. */
export const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** The namespace of [Content_Types].xml. */
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const SHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** A relationship type from its last segment: "worksheet" → ".../relationships/worksheet". */
export const relTypeUri = (kind: string): string => `${REL_NS}/${kind}`;
export const REL_WORKSHEET = relTypeUri("worksheet");
export const REL_COMMENTS = relTypeUri("comments");
export const REL_VML = relTypeUri("vmlDrawing");
export const REL_STYLES = relTypeUri("styles");
export const REL_CUSTOM_XML = relTypeUri("customXml");
export const REL_SHARED_STRINGS = relTypeUri("sharedStrings");

/** The stem of the Office parts' content types: CT_BASE + "spreadsheetml.worksheet+xml". */
export const CT_BASE = "application/vnd.openxmlformats-officedocument.";
export const CT_SPREADSHEETML = `${CT_BASE}spreadsheetml`;
export const CT_WORKSHEET = `${CT_SPREADSHEETML}.worksheet+xml`;
export const CT_COMMENTS = `${CT_SPREADSHEETML}.comments+xml`;
export const CT_STYLES = `${CT_SPREADSHEETML}.styles+xml`;
export const CT_SHARED_STRINGS = `${CT_SPREADSHEETML}.sharedStrings+xml`;
export const CT_VML = `${CT_BASE}vmlDrawing`;
export const CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";
