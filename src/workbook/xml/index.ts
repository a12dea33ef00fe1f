export { XmlScanner, END, OPEN, CLOSE, TEXT, type XmlEvent, type ByteSource } from "./scanner";
export { decodeEntities, normaliseNewlines } from "./entities";
export { escapeXml } from "./escape";
