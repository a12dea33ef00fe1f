/**
 * Lianyungang's districts and functional zones (MEASURES.md decisions 18–19), and the division codes
 * that characters 3–8 of a 统一社会信用代码 carry.
 */
export interface District {
  readonly name: string;
  readonly nameEn: string;
  readonly aliases: readonly string[];
  /**
   * Division codes (GB/T 2260) of this county-level district. The functional zones have none of their own
   * in GB/T 2260: their units register under a district's code or another 3207xx code, so a zone in the
   * district column never contradicts a code (decision 18 makes a contradiction a warning only).
   */
  readonly divisionCodes: readonly string[];
}

export const DISTRICTS: readonly District[] = [
  { name: "海州区", nameEn: "Haizhou", aliases: ["海州", "新浦区", "新浦"], divisionCodes: ["320706", "320705"] },
  { name: "连云区", nameEn: "Lianyun", aliases: ["连云"], divisionCodes: ["320703"] },
  { name: "赣榆区", nameEn: "Ganyu", aliases: ["赣榆"], divisionCodes: ["320707"] },
  { name: "东海县", nameEn: "Donghai", aliases: ["东海"], divisionCodes: ["320722"] },
  { name: "灌云县", nameEn: "Guanyun", aliases: ["灌云"], divisionCodes: ["320723"] },
  { name: "灌南县", nameEn: "Guannan", aliases: ["灌南"], divisionCodes: ["320724"] },
  {
    name: "连云港经济技术开发区",
    nameEn: "Economic and Technological Development Zone",
    aliases: ["开发区", "经济技术开发区", "经开区", "连云港开发区"],
    divisionCodes: [],
  },
  { name: "徐圩新区", nameEn: "Xuwei New Area", aliases: ["徐圩"], divisionCodes: [] },
  {
    name: "连云港高新技术产业开发区",
    nameEn: "High-tech Industrial Development Zone",
    aliases: ["高新区", "连云港高新区", "高新技术产业开发区"],
    divisionCodes: [],
  },
  {
    name: "云台山风景名胜区",
    nameEn: "Yuntai Mountain Scenic Area",
    aliases: ["云台山景区", "云台山", "云台山风景区"],
    divisionCodes: [],
  },
];

/** Prefix of every division code registered in Lianyungang (decision 18). */
export const CITY_DIVISION_PREFIX = "3207";
/** The city-level authority itself (320700): a unit registered there belongs to no single district. */
export const CITY_DIVISION_CODE = "320700";
