#pragma once
// Spreadsheets written by the tests themselves through GDAL's own XLSX/ODS drivers, and a
// way to change one part of such a zip (a sheet's XML) while keeping the zip intact.
#include <gtest/gtest.h>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace hgm::test {

struct SheetColumn {
  std::string header;
  OGRFieldType type = OFTString;  // OFTReal or OFTInteger cells are written as numbers
  OGRFieldSubType subtype = OFSTNone;  // OFSTBoolean: TRUE/FALSE cells ("1"/"0")
};

struct Sheet {
  std::string name;
  std::vector<SheetColumn> columns;
  std::vector<std::vector<std::string>> rows;  // cells as text; "" leaves the cell empty
};

inline void write_workbook(const char* driver_name, const std::filesystem::path& path, const std::vector<Sheet>& sheets) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name);
  ASSERT_NE(driver, nullptr);
  GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  ASSERT_NE(ds, nullptr);
  for (const Sheet& sheet : sheets) {
    OGRLayer* layer = ds->CreateLayer(sheet.name.c_str(), nullptr, wkbNone, nullptr);
    ASSERT_NE(layer, nullptr);
    for (const SheetColumn& c : sheet.columns) {
      OGRFieldDefn field(c.header.c_str(), c.type);
      field.SetSubType(c.subtype);
      ASSERT_EQ(layer->CreateField(&field), OGRERR_NONE);
    }
    for (const auto& cells : sheet.rows) {
      OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
      for (std::size_t i = 0; i < cells.size(); ++i)
        if (!cells[i].empty()) f->SetField(static_cast<int>(i), cells[i].c_str());
      ASSERT_EQ(layer->CreateFeature(f.get()), OGRERR_NONE);
    }
  }
}

// Copies the zip `from` to `to`, passing the member `member` through `change`.
inline void rewrite_zip(const std::filesystem::path& from, const std::filesystem::path& to, const std::string& member,
                        const std::function<std::string(std::string)>& change) {
  const std::string root = "/vsizip/" + from.string();
  char** names = VSIReadDirRecursive(root.c_str());
  void* zip = CPLCreateZip(to.c_str(), nullptr);
  ASSERT_NE(zip, nullptr);
  bool changed = false;
  for (char** n = names; n && *n; ++n) {
    const std::string inside = root + "/" + *n;
    VSIStatBufL st;
    if (VSIStatL(inside.c_str(), &st) != 0 || VSI_ISDIR(st.st_mode)) continue;
    std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
    VSILFILE* f = VSIFOpenL(inside.c_str(), "rb");
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(VSIFReadL(bytes.data(), 1, bytes.size(), f), bytes.size());
    VSIFCloseL(f);
    if (*n == member) {
      bytes = change(bytes);
      changed = true;
    }
    ASSERT_EQ(CPLCreateFileInZip(zip, *n, nullptr), CE_None);
    ASSERT_EQ(CPLWriteFileInZip(zip, bytes.data(), static_cast<int>(bytes.size())), CE_None);
    CPLCloseFileInZip(zip);
  }
  CPLCloseZip(zip);
  CSLDestroy(names);
  ASSERT_TRUE(changed) << member << " not in " << from;
}

}  // namespace hgm::test
