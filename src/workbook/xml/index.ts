export { XmlScanner, END, OPEN, CLOSE, TEXT, type XmlEvent, type ByteSource } from "./scanner";
export { decodeEntities, normaliseNewlines } from "./entities";
export { escapeAttr, escapeText, isXmlText, xmlChars } from "./escape";
