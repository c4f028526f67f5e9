#include "io/sheet_writer.h"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <atomic>

#include "core/errors.h"
#include "io/gdal_session.h"

namespace hgm::io {

namespace {

[[noreturn]] void fail(const std::string& target, const std::string& why, Lang lang) {
  throw DataError(lang == Lang::vi ? "không ghi được bảng mẫu " + target + ": " + why
                                   : "cannot write the template " + target + ": " + why);
}

std::string last_gdal_error() {
  const char* m = CPLGetLastErrorMsg();
  return m && *m ? m : "GDAL";
}

}  // namespace

std::string workbook_bytes(const TableSheet& sheet, SheetFormat format, const std::string& target, Lang lang) {
  GdalSession::ensure();
  static std::atomic<int> serial{0};
  const char* driver_name = format == SheetFormat::xlsx ? "XLSX" : "ODS";
  const std::string mem = "/vsimem/hgm_sheet_" + std::to_string(serial++) + (format == SheetFormat::xlsx ? ".xlsx" : ".ods");
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name);
  if (!driver) fail(target, std::string("GDAL has no ") + driver_name + " driver", lang);
  {
    GDALDatasetUniquePtr ds(driver->Create(mem.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) fail(target, last_gdal_error(), lang);
    OGRLayer* layer = ds->CreateLayer(sheet.name.c_str(), nullptr, wkbNone, nullptr);
    if (!layer) fail(target, last_gdal_error(), lang);
    for (std::size_t c = 0; c < sheet.headers.size(); ++c) {
      OGRFieldDefn field(sheet.headers[c].c_str(), c < sheet.text_columns ? OFTString : OFTReal);
      if (layer->CreateField(&field) != OGRERR_NONE) fail(target, last_gdal_error(), lang);
    }
    for (const auto& cells : sheet.rows) {
      OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
      for (std::size_t c = 0; c < cells.size() && c < sheet.headers.size(); ++c)
        if (!cells[c].empty()) f->SetField(static_cast<int>(c), cells[c].c_str());
      if (layer->CreateFeature(f.get()) != OGRERR_NONE) fail(target, last_gdal_error(), lang);
    }
  }  // closing the dataset writes the zip
  vsi_l_offset size = 0;
  GByte* data = VSIGetMemFileBuffer(mem.c_str(), &size, FALSE);
  if (!data || size == 0) {
    VSIUnlink(mem.c_str());
    fail(target, last_gdal_error(), lang);
  }
  std::string bytes(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
  VSIUnlink(mem.c_str());
  return bytes;
}

}  // namespace hgm::io
