#include "cli/help_text.h"

// The help is a table, not logic: kept apart so the option parser stays readable.

namespace hgm::cli {

std::string help_text(Lang lang) {
  if (lang == Lang::vi) return R"(hagiang-map — bản đồ chỉ tiêu 11 huyện, thành phố của tỉnh Hà Giang

Cách dùng:
  hagiang-map export  [tuỳ chọn] --out TỆP.png   vẽ bản đồ ra PNG (không cần màn hình);
                                                 TỆP.svg ghi cùng bản đồ dạng SVG, TỆP.pdf
                                                 dạng PDF một trang (chữ là chữ, nhúng phông)
  hagiang-map spec    [tuỳ chọn] --out TỆP.json  ghi đặc tả của bản đồ (các tuỳ chọn như export)
                                                 ra tệp JSON, để dùng lại với --spec
  hagiang-map inspect [tuỳ chọn] [--json]        in giá trị, lớp và màu của từng huyện
  hagiang-map rank --indicator MÃ [--period KỲ] [--json]
                                                 xếp hạng các huyện; số chỉ biết là cận (vd.
                                                 "không trên 15,8%") được một khoảng hạng (4–10)
  hagiang-map overview [--period KỲ] [--all] [--sort group|district|pinned] [--json]
                                                 mọi huyện × chỉ tiêu so với số toàn tỉnh: tốt hơn,
                                                 bằng, kém hơn, hoặc chỉ điều chắc chắn (không tốt hơn…);
                                                 --all cả chỉ tiêu chưa có số; --sort district cột huyện
                                                 theo tên, --sort pinned (với --pin MÃ) chỉ tiêu huyện
                                                 đó kém hơn toàn tỉnh lên trước (cũng cho --view overview)
  hagiang-map profile --district MÃ|TÊN [--district …] [--period KỲ] [--json]
                                                 hồ sơ 1–4 huyện: mọi chỉ tiêu có số, số toàn tỉnh,
                                                 khoảng giá trị các huyện, hạng
  hagiang-map change --indicator MÃ --period KỲ1 --compared-period KỲ2 [--json]
                                                 thay đổi từng huyện (KỲ2 − KỲ1); có cận thì thay
                                                 đổi cũng chỉ là cận (vd. "≥ +4,3 điểm %")
  hagiang-map check-data TỆP [--period KỲ] [--json]
                                                 kiểm tra bảng số liệu (CSV, XLSX, ODS): số dòng
                                                 đọc, khớp, không khớp, mơ hồ; giá trị mâu thuẫn
                                                 (không nạp) và số thay số liệu báo cáo, kèm dòng
                                                 và cả hai giá trị; mã thoát 3 nếu có lỗi hoặc
                                                 không thêm được số liệu nào. Dòng 'Toàn tỉnh',
                                                 'Tỉnh Hà Giang', 'Cộng', 'Tổng' là số toàn tỉnh
  hagiang-map template --period KỲ --out TỆP.xlsx
                                                 ghi bảng mẫu để điền (cả .ods, .csv): 11 huyện
                                                 (mã, tên), dòng toàn tỉnh, mỗi chỉ tiêu một cột
                                                 (tên và đơn vị); điền xong nạp lại bằng --table
  hagiang-map story check TỆP.json
                                                 kiểm tra một câu chuyện (chuỗi trang để trình
                                                 chiếu): mọi trang, mọi chỗ sai (chỉ tiêu, huyện,
                                                 kỳ không có số liệu, ngưỡng) kèm trang và khoá
  hagiang-map --help | --version

Tuỳ chọn:
  --spec TỆP         đọc đặc tả bản đồ (JSON, do lệnh spec ghi); các tuỳ chọn đi kèm thay
                     các trường tương ứng của nó
  --story TỆP        với export: xuất mọi trang của câu chuyện, vào --out-dir THƯ_MỤC (mỗi
                     trang một tệp, đánh số 01_, 02_ …) hoặc --out TỆP.pdf (mỗi trang một
                     trang PDF); --lang, --size/--paper đi kèm thay của từng trang; huyện
                     được chiếu sáng trên trang thì được làm nổi trên giấy
  --indicator MÃ     chỉ tiêu (mặc định budget_revenue_attainment); `inspect` liệt kê các mã;
                     với export: all (mọi chỉ tiêu có số liệu) hoặc danh sách MÃ,MÃ
  --period KỲ        kỳ báo cáo, vd. 2021-Q1 (mặc định); với export: all hoặc KỲ,KỲ
  --out-dir THƯ_MỤC  xuất nhiều bản đồ (danh sách ở --indicator/--period) vào THƯ_MỤC, mỗi
                     bản đồ một tệp, với --format png|svg|pdf (mặc định png) và --name MẪU
                     (mặc định {indicator}_{period}.{ext}; có thêm {lang}); bản đồ nào lỗi
                     thì báo và vẫn ghi các bản đồ khác; mã thoát là mã của lỗi đầu tiên.
                     Hoặc --out TỆP.pdf: mọi bản đồ là các trang của một tệp PDF
  --size RỘNGxCAO    cỡ ảnh tính bằng điểm ảnh (mặc định 1920x1080), vd. 3840x2160; mỗi cạnh
                     từ 64 đến 32767
  --paper A4|A3      cỡ giấy thay cho --size, với --orientation portrait|landscape (mặc
                     định landscape) và --dpi N (72 đến 1200, mặc định 150)
  --out TỆP          PNG, SVG hoặc PDF cần ghi (theo phần mở rộng .png/.svg/.pdf; đuôi khác
                     bị từ chối); trang PDF bằng cỡ giấy với --paper, 1 điểm ảnh = 0,75 pt
                     với --size;
                     ghi trọn vẹn hoặc không ghi; không ghi đè thư mục, thiết bị, FIFO, socket;
                     nếu TỆP là liên kết tượng trưng tới một tệp thường thì ghi vào tệp đó
                     và giữ liên kết
  --svg-text fonts|paths  chữ trong SVG: fonts (mặc định) giữ chữ là chữ, nhúng phần phông
                     cần dùng; paths vẽ chữ thành đường nét (không cần phông nào)
  --json             kết quả cho máy đọc (inspect, check-data)
  --lang vi|en       ngôn ngữ của bản đồ và thông báo (mặc định vi)
  --method CÁCH      phân lớp: jenks (khoảng tự nhiên, mặc định), quantile (phân vị),
                     equal (khoảng đều), stddev (độ lệch chuẩn, lấy số toàn tỉnh làm tâm
                     nếu có), manual (tự đặt ngưỡng), unique (mỗi giá trị một lớp)
  --classes N        số lớp, từ 2 đến 9 (mặc định: theo số liệu)
  --breaks a,b,c     ngưỡng tự đặt (kéo theo --method manual), dấu chấm thập phân: 10,15.8,30;
                     tối đa 8 ngưỡng (9 lớp) và không quá số màu của bảng màu
  --palette TÊN      bảng màu ColorBrewer: YlGnBu, YlOrRd, Blues, RdBu, …
  --boundaries TỆP   ranh giới huyện ở bất kỳ định dạng vector nào GDAL đọc được
                     (mặc định: $HAGIANG_GEODATA_DIR/hagiang_districts.shp nếu có biến này,
                     nếu không thì bản có sẵn trong geodata/ của dự án)
  --units TỆP --code-field TRƯỜNG --name-field TRƯỜNG
                     mọi đối tượng của một lớp đa giác là một đơn vị của bản đồ (vd. 708 huyện
                     của vietnam_adm2.shp), bảng số liệu khớp theo mã và tên ở hai trường đó;
                     không có thì là 11 huyện/thành phố của Hà Giang
  --data THƯ_MỤC     thư mục bảng chỉ tiêu (mặc định: geodata/ của dự án)
  --table TỆP        nạp thêm bảng số liệu (CSV, XLSX, ODS); dùng được nhiều lần
  --sheet TÊN        trang tính cần đọc trong tệp XLSX/ODS (của --table và check-data); bỏ
                     trống thì đọc trang đầu tiên có cột huyện và ghi rõ đã đọc trang nào
  --map "CỘT=MÃ"     cột CỘT của bảng là chỉ tiêu MÃ (dùng được nhiều lần); "CỘT=ignore" bỏ qua
                     cột; "CỘT=new:MÃ:ĐƠN_VỊ:CHIỀU[:TÊN_VI[:TÊN_EN]]" biến cột thành chỉ tiêu
                     mới (CHIỀU: higher_is_better, lower_is_better, neutral; TÊN_EN là tên
                     tiếng Anh, bỏ trống thì dùng TÊN_VI), vẽ và xuất như mọi chỉ tiêu.
                     Vd. "Hộ nghèo (%)=new:ho_ngheo:%:lower_is_better:Tỷ lệ hộ nghèo:Poor
                     households". Không có --map, tiêu đề cột được so với tên chỉ tiêu
                     (bỏ qua dấu, hoa/thường; viết tắt
                     như NSNN; kỳ trong tiêu đề như "quý II/2021", "Q2 2021"): chỉ dùng khi
                     chắc chắn, còn lại thì báo cột cùng các chỉ tiêu gần nhất
  --mapping TỆP      tệp CSV ánh xạ cột, mỗi dòng một cột:
                     column,indicator[,unit,polarity,name,name_en] (indicator: mã, ignore
                     hoặc mã mới kèm unit, polarity); bước ghép cột của cửa sổ ghi tệp này
                     cạnh bảng (TÊN.mapping.csv)
  --histogram        thêm trục giá trị dưới chú giải
  --title CHỮ        thay tiêu đề tự động (tên chỉ tiêu); --subtitle CHỮ tương tự;
                     mỗi thứ tối đa 200 ký tự và 3 dòng
  --hide DANH_SÁCH   ẩn thành phần: title, legend, labels, scale, north, locator, credits
                     (credits là dòng nguồn số liệu; ghi công ranh giới luôn có trên bản đồ
                     vì giấy phép của ranh giới yêu cầu)
  --highlight MÃ     huyện cần làm nổi (mã GSO, vd. 024), tối đa 4; --pin MÃ huyện ghim,
                     tối đa 4 (viền đậm trên bản đồ, đánh dấu trong biểu đồ xếp hạng và hồ sơ)
  --view KIỂU        kiểu xem: map (bản đồ, mặc định); rank (biểu đồ xếp hạng của --indicator);
                     overview (bảng huyện × chỉ tiêu, mỗi ô tô màu theo so sánh với toàn
                     tỉnh); profile (hồ sơ 1–4 huyện: số liệu, số toàn tỉnh, dải thấp nhất –
                     cao nhất của các huyện); multiples (2–4 bản đồ cạnh nhau của --indicators,
                     hoặc của --indicator ở --period và --compared-period); change (bản đồ
                     thay đổi của --indicator: --compared-period − --period, màu phân kỳ quanh 0).
                     Khi xuất ở cỡ nhỏ: rank không bao giờ bỏ
                     dòng (xếp hạng thiếu huyện sẽ đọc sai), nếu không đủ chỗ cho mọi dòng với
                     chữ đọc được thì từ chối (mã 2, không ghi tệp) và nêu cỡ nhỏ nhất đủ chỗ;
                     overview và profile hiện những dòng vừa, ghi rõ trên ảnh và trên dòng lệnh
                     "chỉ vừa N/M chỉ tiêu"
  --district TÊN|MÃ  huyện cho kiểu xem profile (tên viết thế nào cũng được: "xin man",
                     "Huyện Xín Mần", 033), dùng được tối đa 4 lần; export ghim các huyện này
  --indicators a,b   các chỉ tiêu cho kiểu xem multiples; --compared-period KỲ kỳ so sánh

Mã thoát: 0 thành công, 1 lỗi không lường trước (xin báo lại), 2 sai dòng lệnh (cả cỡ quá nhỏ để
đọc được), 3 dữ liệu lỗi (cả tệp --spec sai),
4 thiếu phông chữ hoặc GDAL (cửa sổ: thiếu màn hình/OpenGL),
5 không ghi được tệp kết quả (thư mục không có, ổ đầy, tệp chỉ cho phép đọc, --out là thư
mục/thiết bị).
)";
  return R"(hagiang-map — choropleth maps of Hà Giang's 11 districts

Usage:
  hagiang-map export  [options] --out FILE.png   draw the map to a PNG (no display needed);
                                                 FILE.svg writes the same map as SVG, FILE.pdf
                                                 as a one-page PDF (real text, fonts embedded)
  hagiang-map spec    [options] --out FILE.json  write the map's specification (export's
                                                 options) as JSON, to reuse with --spec
  hagiang-map inspect [options] [--json]         print each district's value, class and colour
  hagiang-map rank --indicator ID [--period P] [--json]
                                                 the districts ranked; a figure known only as a bound
                                                 (e.g. "at most 15.8%") gets a range of ranks (4–10)
  hagiang-map overview [--period P] [--all] [--sort group|district|pinned] [--json]
                                                 every district × indicator against the province:
                                                 better, same, worse, or only what is certain;
                                                 --all also indicators without figures; --sort district
                                                 district columns by name, --sort pinned (with --pin
                                                 CODE) that district's worse indicators first (also
                                                 for --view overview)
  hagiang-map profile --district CODE|NAME [--district …] [--period P] [--json]
                                                 1–4 districts' profiles: every indicator with a
                                                 figure, the province figure, the districts' span, rank
  hagiang-map change --indicator ID --period P1 --compared-period P2 [--json]
                                                 each district's change (P2 − P1); with a bound the
                                                 change is a bound too (e.g. "≥ +4.3 percentage points")
  hagiang-map check-data FILE [--period P] [--json]
                                                 check a planner's table (CSV, XLSX, ODS): rows read,
                                                 matched, unmatched and ambiguous; conflicting values
                                                 (not loaded) and figures replacing the report's, with
                                                 line and both values; exit 3 if any failed or
                                                 nothing was added. Rows 'Toàn tỉnh', 'Tỉnh Hà
                                                 Giang', 'Cộng', 'Tổng' give the province figure
  hagiang-map template --period P --out FILE.xlsx
                                                 write a sheet to fill (also .ods, .csv): the 11
                                                 districts (code, name), a province row, one column
                                                 per indicator (name and unit); load it with --table
  hagiang-map story check FILE.json
                                                 check a story (the slides of a presentation):
                                                 every slide, every mistake (indicator, district,
                                                 period without figures, breaks) with slide and key
  hagiang-map --help | --version

Options:
  --spec FILE        read a map specification (JSON, as `spec` writes it); options given
                     beside it replace its fields
  --story FILE       with export: write every slide of a story, into --out-dir FOLDER (one
                     file a slide, numbered 01_, 02_ …) or --out FILE.pdf (a page a slide);
                     --lang and --size/--paper beside it replace each slide's; a slide's
                     spotlit district is highlighted on paper
  --indicator ID     indicator to map (default budget_revenue_attainment); `inspect` lists them;
                     for export: all (every indicator with figures) or a list ID,ID
  --period ID        reporting period, e.g. 2021-Q1 (default); for export: all or ID,ID
  --out-dir FOLDER   export many maps (the lists of --indicator/--period) into FOLDER, one
                     file each, with --format png|svg|pdf (default png) and --name PATTERN
                     (default {indicator}_{period}.{ext}; also {lang}); a map that fails is
                     reported and the others are still written; the exit code is the first
                     failure's. Or --out FILE.pdf: every map as a page of one PDF
  --size WxH         image size in pixels (default 1920x1080), e.g. 3840x2160; each side 64
                     to 32767
  --paper A4|A3      paper size instead of --size, with --orientation portrait|landscape
                     (default landscape) and --dpi N (72 to 1200, default 150)
  --out FILE         PNG, SVG or PDF to write (by extension .png/.svg/.pdf; others are
                     refused); the PDF page is the paper's size with --paper, 1 pixel =
                     0.75 pt with --size;
                     written atomically; folders, devices, FIFOs and sockets are never
                     replaced; a symbolic link to a regular file writes that file and
                     keeps the link
  --svg-text fonts|paths  SVG text: fonts (default) keeps text as text with the glyphs it
                     uses embedded; paths draws it as outlines (no font needed at all)
  --json             machine-readable output (inspect)
  --lang vi|en       language of the map and messages (default vi)
  --method M         classification: jenks (natural breaks, default), quantile, equal,
                     stddev (centred on the province figure when there is one), manual, unique
  --breaks a,b,c     manual class limits (implies --method manual), decimal point: 10,15.8,30;
                     at most 8 limits (9 classes), and no more classes than the palette has
  --classes N        number of classes, 2 to 9 (default: from the data)
  --palette NAME     colour scheme: YlGnBu, YlOrRd, Blues
  --boundaries FILE  district boundaries in any vector format GDAL reads
                     (default: $HAGIANG_GEODATA_DIR/hagiang_districts.shp if set,
                     else the copy committed in the project's geodata/)
  --units FILE --code-field FIELD --name-field FIELD
                     every feature of a polygon layer is one of the map's units (e.g. the 708
                     districts of vietnam_adm2.shp), tables joined by the codes and names in
                     those fields; without it, Hà Giang's 11 districts
  --data DIR         folder with the indicator tables (default: the project's geodata/)
  --table FILE       also load a planner's table (CSV, XLSX, ODS); may be repeated
  --sheet NAME       the sheet to read in XLSX/ODS files (--table and check-data); without it
                     the first sheet with a district column is read, and the report names it
  --map "COLUMN=ID"  the table's column COLUMN is the indicator ID (may be repeated);
                     "COLUMN=ignore" leaves it out; "COLUMN=new:ID:UNIT:POLARITY[:NAME_VI
                     [:NAME_EN]]" makes it a new indicator (POLARITY: higher_is_better,
                     lower_is_better, neutral; NAME_EN the English name, NAME_VI when left
                     out), drawn and exported like any other. E.g. "Hộ nghèo (%)=new:
                     poor_households:%:lower_is_better:Tỷ lệ hộ nghèo:Poor households".
                     Without --map, headers are matched to indicator names (ignoring
                     marks and case; abbreviations such as NSNN; a period in the header such as
                     "quý II/2021", "Q2 2021"): used only when certain, otherwise the column is
                     listed with the closest indicators
  --mapping FILE     a CSV of column mappings, one per line:
                     column,indicator[,unit,polarity,name,name_en] (indicator: an id,
                     ignore, or a new id with unit and polarity); the window's column
                     mapping step writes one beside the table (NAME.mapping.csv)
  --histogram        add the values on a number line under the legend
  --title TEXT       replace the automatic title (indicator name); --subtitle TEXT likewise;
                     each at most 200 characters on 3 lines
  --hide LIST        leave out map elements: title, legend, labels, scale, north, locator,
                     credits (credits is the data source line; the boundary attribution
                     stays on every map, as the boundaries' licence asks)
  --highlight CODE   a district to highlight (GSO code, e.g. 024), up to 4; --pin CODE a
                     pinned district, up to 4 (outlined on the map, marked in the ranking and profile)
  --view KIND        map (the choropleth, default); rank (the ranking chart of --indicator);
                     overview (districts × indicators, each cell coloured by its comparison
                     with the province); profile (1–4 districts: figures, province figure,
                     the districts' lowest–highest band); multiples (2–4 maps side by side of
                     --indicators, or of --indicator in --period and --compared-period);
                     change (the change map of --indicator: --compared-period − --period,
                     a diverging palette centred on 0). Exported at a small
                     size, rank never drops a row (a ranking missing districts misleads): when
                     not every row fits with legible text it is refused (exit 2, nothing
                     written) naming the smallest size that fits; overview and profile show
                     the rows that fit and say "only N of M indicators fit" on the image and
                     on the command line
  --district NAME|CODE  a district for the profile view (written any way: "xin man",
                     "Huyện Xín Mần", 033), up to 4 times; export pins these districts
  --indicators a,b   indicators for the multiples view; --compared-period P the period to
                     compare with

Exit codes: 0 ok, 1 unexpected error (please report it), 2 bad command line (also a size too small
to be legible), 3 bad data (also a bad --spec file),
4 missing font or GDAL (the window: missing display/OpenGL),
5 the output file cannot be written (missing folder, full disk, a read-only file, --out is a
folder/device).
)";
}

}  // namespace hgm::cli
