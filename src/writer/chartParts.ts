/**
 * Native bar and column charts on 汇总 (DrawingML, ECMA-376 Part 1, 21.2 and 20.5): a drawing part anchoring
 * each chart to a cell, and one chartSpace per chart whose series reads the pivot's 合计 column. A horizontal
 * chart lists its categories top to bottom in the pivot's order, its value axis along the bottom. The series
 * carries its figures in a cache, so a viewer that does not recalculate still draws the bars.
 */
import { cellAddress, sheetRef } from "../output/cellRef";
import type { ChartSpec } from "../output/summaryLayout";
import { XML_DECLARATION, escapeAttr, escapeText } from "./xmlScan";
import { CHART_NS, DRAWING_NS, REL_NS, SHEET_DRAWING_NS } from "../workbook/xlsx/ooxmlNames";


/** English Metric Units per centimetre. */
const EMU_PER_CM = 360000;
const BAR_COLOUR = "4472C4";

function absolute(sheet: string, col: number, first: number, last: number): string {
  const a = cellAddress(first, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const b = cellAddress(last, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return sheetRef(sheet, `${a}:${b}`);
}

export function chartXml(spec: ChartSpec, sheet: string): string {
  const count = spec.categories.length;
  const categories = spec.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${escapeText(c)}</c:v></c:pt>`).join("");
  const values = spec.values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  const bars = spec.horizontal;
  // Axis labels at 11 pt, the cells' size: 汇总 prints fitted to its width, and they stay above 8 pt on paper.
  // Bars across read a long label whole; the category axis runs top down (maxMin) so the first item is on
  // top, and the value axis then crosses at the far end of it, which is the bottom.
  const catPos = bars ? "l" : "b";
  const valPos = bars ? "b" : "l";
  const catOrder = bars ? "maxMin" : "minMax";
  const valCrosses = bars ? "max" : "autoZero";
  const text = (size: number) =>
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">` +
    '<c:roundedCorners val="0"/>' +
    "<c:chart>" +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${escapeText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    "<c:plotArea><c:layout/>" +
    `<c:barChart><c:barDir val="${bars ? "bar" : "col"}"/>` +
    '<c:grouping val="clustered"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>可核定金额（元）</c:v></c:tx>' +
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOUR}"/></a:solidFill></c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    `<c:cat><c:strRef><c:f>${escapeText(absolute(sheet, 0, spec.firstRow, spec.lastRow))}</c:f>` +
    `<c:strCache><c:ptCount val="${count}"/>${categories}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeText(absolute(sheet, spec.valueCol, spec.firstRow, spec.lastRow))}</c:f>` +
    `<c:numCache><c:formatCode>#,##0.00</c:formatCode><c:ptCount val="${count}"/>${values}</c:numCache></c:numRef></c:val>` +
    "</c:ser>" +
    '<c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>' +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${catOrder}"/></c:scaling><c:delete val="0"/><c:axPos val="${catPos}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(1100)}` +
    '<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${valPos}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(1100)}` +
    `<c:crossAx val="1001"/><c:crosses val="${valCrosses}"/><c:crossBetween val="between"/></c:valAx>` +
    "</c:plotArea>" +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    "</c:chartSpace>"
  );
}

/** The drawing that places each chart (relationship ids given in the same order) at its anchor cell. */
export function drawingXml(charts: readonly ChartSpec[], relIds: readonly string[]): string {
  const anchors = charts.map((spec, i) => {
    const id = i + 2;
    return (
      "<xdr:oneCellAnchor>" +
      `<xdr:from><xdr:col>${spec.anchorCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${spec.anchorRow - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${Math.round(spec.width * EMU_PER_CM)}" cy="${Math.round(spec.height * EMU_PER_CM)}"/>` +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeAttr(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${relIds[i]}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/>" +
      "</xdr:oneCellAnchor>"
    );
  });
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${SHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">${anchors.join("")}</xdr:wsDr>`
  );
}
