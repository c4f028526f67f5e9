#include "io/story_file.h"

#include "core/errors.h"
#include "core/story/story_check.h"
#include "io/json_reader.h"
#include "io/spec_file.h"
#include "io/text_file.h"

namespace hgm::io {

namespace {

const std::vector<std::string> kStoryKeys = {"version", "title", "slides"};
const std::vector<std::string> kSlideKeys = {"spec", "note", "spotlight"};

StorySlide read_slide(const JsonReader& r, const Json& slide, const std::string& where, const std::string& source,
                      Lang lang) {
  if (!slide.is_object())
    r.fail(IoText::story_slide_not_object, {{"where", where}, {"got", JsonReader::type_name(slide, lang)}});
  r.only_keys(slide, where, kSlideKeys);
  if (!slide.contains("spec")) r.fail(IoText::story_slide_no_spec, {{"where", where}});
  Json spec = r.object(slide["spec"], where + ".spec");
  // A slide's spec is a spec file's object; its version is the story's.
  if (!spec.contains("version")) spec["version"] = kSpecVersion;
  StorySlide s{.spec = spec_from_json(spec.dump(), source + ": " + where + ".spec", lang)};
  if (slide.contains("note")) s.note = r.text(slide["note"], where + ".note");
  if (slide.contains("spotlight")) s.spotlight = r.text(slide["spotlight"], where + ".spotlight");
  return s;
}

}  // namespace

std::string story_to_json(const Story& story) {
  Json j;
  j["version"] = kStoryVersion;
  j["title"] = story.title;
  j["slides"] = Json::array();
  for (const StorySlide& slide : story.slides) {
    Json spec = Json::parse(spec_to_json(slide.spec));
    spec.erase("version");
    Json s;
    s["spec"] = std::move(spec);
    if (!slide.note.empty()) s["note"] = slide.note;
    if (!slide.spotlight.empty()) s["spotlight"] = slide.spotlight;
    j["slides"].push_back(std::move(s));
  }
  return j.dump(2, ' ', false) + "\n";
}

Story story_from_json(std::string_view text, const std::string& source, Lang lang) {
  const JsonReader r(source, lang);
  const Json j = r.document(text);
  if (!j.is_object()) r.fail(IoText::story_not_object, {{"got", JsonReader::type_name(j, lang)}});
  r.only_keys(j, "", kStoryKeys);
  if (!j.contains("version")) r.fail(IoText::story_no_version);
  if (const int version = r.whole(j["version"], "version"); version != kStoryVersion)
    r.fail(IoText::story_bad_version, {{"version", std::to_string(version)}});
  Story story;
  if (j.contains("title")) story.title = r.text(j["title"], "title");
  if (!j.contains("slides") || !j["slides"].is_array())
    r.fail(IoText::story_no_slides,
           {{"got", j.contains("slides") ? JsonReader::type_name(j["slides"], lang) : std::string("—")}});
  const Json& slides = j["slides"];
  for (std::size_t i = 0; i < slides.size(); ++i)
    story.slides.push_back(read_slide(r, slides[i], "slides[" + std::to_string(i) + "]", source, lang));
  return story;
}

Story read_story_file(const std::string& path, Lang lang) {
  return story_from_json(read_text_file(path, lang), path, lang);
}

Story read_checked_story(const std::string& path, const DistrictRegistry& registry, const IndicatorTable& table,
                         Lang lang) {
  Story story = read_story_file(path, lang);
  const std::vector<StoryProblem> problems = check_story(story, registry, table, lang);
  if (!problems.empty()) throw DataError(story_problems_text(path, problems, lang));
  return story;
}

}  // namespace hgm::io
