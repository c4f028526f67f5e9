// A table dropped on the window: a real SDL_DROPFILE event through SDL's queue (no display
// needed for events), taken as the window takes it, and loaded as a typed path is.
#include "app/table_drop.h"

#include <SDL.h>
#include <gtest/gtest.h>

#include "app_test_support.h"

namespace hgm::app {
namespace {

using namespace test_support;

// Pushes a drop of `path` and polls it back, as SDL delivers one from the desktop.
SDL_Event dropped(const std::string& path) {
  SDL_Event drop{};
  drop.type = SDL_DROPFILE;
  drop.drop.file = SDL_strdup(path.c_str());
  EXPECT_EQ(SDL_PushEvent(&drop), 1) << SDL_GetError();
  SDL_Event event{};
  while (SDL_PollEvent(&event) != 0)
    if (event.type == SDL_DROPFILE) return event;
  ADD_FAILURE() << "the drop did not come back";
  return event;
}

class TableDrop : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(SDL_Init(SDL_INIT_EVENTS), 0) << SDL_GetError(); }
  void TearDown() override { SDL_Quit(); }
};

TEST_F(TableDrop, ADroppedTableLoadsLikeATypedPath) {
  const fs::path file = write_table("tha-vao.CSV", "Mã;budget_revenue_attainment\n031;35,5\n");
  const std::optional<std::string> path = take_dropped_file(dropped(file.string()));
  ASSERT_TRUE(path);
  EXPECT_EQ(*path, file.string());
  ASSERT_TRUE(is_table_file(*path));
  MapState state(inputs(), default_selection());
  ASSERT_FALSE(shading_of(state, "031").value->is_exact());
  const TableLoad& load = state.load_table(*path);
  ASSERT_TRUE(load.read()) << load.error;
  const DistrictShading& bac_me = shading_of(state, "031");
  ASSERT_TRUE(bac_me.value && bac_me.value->is_exact());
  EXPECT_EQ(bac_me.value->value, 35.5);
}

TEST_F(TableDrop, OnlyTablesAndOnlyDrops) {
  EXPECT_TRUE(is_table_file("/a/b/Quy 2.xlsx"));
  EXPECT_TRUE(is_table_file("q.ODS"));
  EXPECT_FALSE(is_table_file("/a/map.png"));
  EXPECT_FALSE(is_table_file("/a/csv"));
  EXPECT_FALSE(is_table_file("/a/notes.csv.txt"));
  const std::optional<std::string> png = take_dropped_file(dropped("/home/an/map.png"));
  ASSERT_TRUE(png);
  EXPECT_FALSE(is_table_file(*png));
  SDL_Event key{};
  key.type = SDL_KEYDOWN;
  EXPECT_FALSE(take_dropped_file(key));
}

}  // namespace
}  // namespace hgm::app
