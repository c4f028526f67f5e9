#include "io/xlsx_cells.h"

#include <cpl_minixml.h>
#include <cpl_vsi.h>

#include <cstdlib>
#include <optional>

namespace hgm::io {

namespace {

struct XmlTree {
  CPLXMLNode* root = nullptr;
  explicit XmlTree(const std::string& text) : root(CPLParseXMLString(text.c_str())) {
    if (root) CPLStripXMLNamespace(root, nullptr, TRUE);  // "x:c" -> "c", "r:id" -> "id"
  }
  ~XmlTree() { CPLDestroyXMLNode(root); }
  XmlTree(const XmlTree&) = delete;
  XmlTree& operator=(const XmlTree&) = delete;
};

std::optional<std::string> read_part(const std::string& path, const std::string& part) {
  GByte* bytes = nullptr;
  vsi_l_offset size = 0;
  const std::string inside = "/vsizip/{" + path + "}/" + part;
  if (!VSIIngestFile(nullptr, inside.c_str(), &bytes, &size, -1)) return std::nullopt;
  std::string text(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
  VSIFree(bytes);
  return text;
}

// The first element named `name` among the siblings starting at `node`, searching down.
const CPLXMLNode* find_element(const CPLXMLNode* node, const char* name) {
  for (; node; node = node->psNext) {
    if (node->eType != CXT_Element) continue;
    if (std::string(node->pszValue) == name) return node;
    if (const CPLXMLNode* inner = find_element(node->psChild, name)) return inner;
  }
  return nullptr;
}

const CPLXMLNode* child_element(const CPLXMLNode* node, const char* name) {
  for (const CPLXMLNode* c = node ? node->psChild : nullptr; c; c = c->psNext)
    if (c->eType == CXT_Element && std::string(c->pszValue) == name) return c;
  return nullptr;
}

// "xl/worksheets/sheet1.xml" for the sheet named `sheet`, through the workbook's relations.
std::optional<std::string> sheet_part(const std::string& path, const std::string& sheet) {
  const auto workbook = read_part(path, "xl/workbook.xml");
  const auto rels = read_part(path, "xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return std::nullopt;
  const XmlTree wb(*workbook), rel(*rels);
  std::string id;
  for (const CPLXMLNode* s = child_element(find_element(wb.root, "sheets"), "sheet"); s; s = s->psNext)
    if (s->eType == CXT_Element && CPLGetXMLValue(s, "name", "") == sheet) id = CPLGetXMLValue(s, "id", "");
  if (id.empty()) return std::nullopt;
  for (const CPLXMLNode* r = child_element(find_element(rel.root, "Relationships"), "Relationship"); r; r = r->psNext) {
    if (r->eType != CXT_Element || CPLGetXMLValue(r, "Id", "") != id) continue;
    const std::string target = CPLGetXMLValue(r, "Target", "");
    return target.rfind('/', 0) == 0 ? target.substr(1) : "xl/" + target;
  }
  return std::nullopt;
}

// Whether the sheet may hold a formula or a TRUE/FALSE cell: most sheets are not parsed at all.
bool worth_parsing(const std::string& xml) {
  for (const char* tag : {"<f>", "<f ", ":f>", ":f ", "t=\"b\"", "t='b'"})
    if (xml.find(tag) != std::string::npos) return true;
  return false;
}

// "AB12" -> {"AB12", 12, 27}.
SheetCell sheet_cell(const std::string& ref, const CPLXMLNode* row) {
  SheetCell cell{ref, 0, 0};
  std::size_t i = 0;
  int column = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) column = column * 26 + (ref[i] - 'A' + 1);
  cell.column = column - 1;
  cell.row = i < ref.size() ? std::atoi(ref.c_str() + i) : std::atoi(CPLGetXMLValue(row, "r", "0"));
  return cell;
}

}  // namespace

XlsxCells scan_xlsx_cells(const std::string& path, const std::string& sheet) {
  XlsxCells found;
  const auto part = sheet_part(path, sheet);
  if (!part) return found;
  const auto xml = read_part(path, *part);
  if (!xml || !worth_parsing(*xml)) return found;
  const XmlTree tree(*xml);
  for (const CPLXMLNode* row = child_element(find_element(tree.root, "sheetData"), "row"); row; row = row->psNext) {
    if (row->eType != CXT_Element) continue;
    for (const CPLXMLNode* c = row->psChild; c; c = c->psNext) {
      if (c->eType != CXT_Element || std::string(c->pszValue) != "c") continue;
      const CPLXMLNode* v = child_element(c, "v");
      const bool has_value = v && *CPLGetXMLValue(v, nullptr, "") != '\0';
      if (child_element(c, "f") && !has_value)
        found.formulas_without_value.push_back(sheet_cell(CPLGetXMLValue(c, "r", ""), row));
      else if (std::string(CPLGetXMLValue(c, "t", "")) == "b" && has_value)
        found.booleans.push_back(sheet_cell(CPLGetXMLValue(c, "r", ""), row));
    }
  }
  return found;
}

}  // namespace hgm::io
