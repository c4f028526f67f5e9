#pragma once
// OGR coordinate transformations made one way for all of src/io (internal header):
// every CRS set to longitude/latitude (x = easting) axis order, a missing source CRS
// taken as WGS 84, and a clear hgm::DataError when PROJ cannot help.
#include <ogr_spatialref.h>

#include <memory>
#include <string>

namespace hgm::io {

// Throws hgm::DataError naming `text` when it is not a CRS OGR understands.
OGRSpatialReference spatial_reference(const std::string& text);

// From `source` (WGS 84 when null) to `target`.
std::unique_ptr<OGRCoordinateTransformation> make_transformation(const OGRSpatialReference* source,
                                                                 const OGRSpatialReference& target);

}  // namespace hgm::io
