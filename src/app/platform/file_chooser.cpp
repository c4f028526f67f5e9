#include "app/platform/file_chooser.h"

#include <utility>

#ifdef HGM_HAVE_LIBPORTAL
#include <gio/gio.h>
#include <libportal/portal.h>
#endif

namespace hgm::app {

#ifdef HGM_HAVE_LIBPORTAL

struct PortalFileChooser::Impl {
  XdpPortal* portal = nullptr;
  GCancellable* cancellable = nullptr;
  bool tried = false;  // connecting was tried (once: a missing session stays missing)
  bool pending = false;
  bool saving = false;
  std::optional<Result> result;

  ~Impl() {
    if (cancellable != nullptr) {
      g_cancellable_cancel(cancellable);
      g_object_unref(cancellable);
    }
    if (portal != nullptr) g_object_unref(portal);
  }

  // libportal 0.6 takes the session bus for granted: without one it fails in every call,
  // so the bus is checked here first (DBUS_SESSION_BUS_ADDRESS unset or dead: no portal).
  bool connect() {
    if (tried) return portal != nullptr;
    tried = true;
    GError* error = nullptr;
    GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error);
    if (bus == nullptr) {
      g_clear_error(&error);
      return false;
    }
    g_object_unref(bus);  // libportal takes the same shared connection
    portal = xdp_portal_new();
    cancellable = g_cancellable_new();
    return portal != nullptr;
  }

  static void finished(GObject* source, GAsyncResult* async_result, gpointer data) {
    auto* self = static_cast<Impl*>(data);
    GError* error = nullptr;
    XdpPortal* portal = XDP_PORTAL(source);
    GVariant* reply = self->saving ? xdp_portal_save_file_finish(portal, async_result, &error)
                                   : xdp_portal_open_file_finish(portal, async_result, &error);
    self->pending = false;
    Result r;
    if (reply == nullptr) {
      r.outcome = g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ? Outcome::cancelled : Outcome::failed;
      g_clear_error(&error);
      self->result = r;
      return;
    }
    const char** uris = nullptr;
    if (g_variant_lookup(reply, "uris", "^a&s", &uris) && uris != nullptr && uris[0] != nullptr) {
      gchar* path = g_filename_from_uri(uris[0], nullptr, nullptr);
      if (path != nullptr) {
        r.outcome = Outcome::chosen;
        r.path = path;
        g_free(path);
      }
    }
    g_free(static_cast<gpointer>(uris));
    g_variant_unref(reply);
    self->result = r;
  }
};

namespace {

// a(sa(us)): each filter's name and its glob patterns (0: a glob).
GVariant* filters_variant(const std::vector<FileFilter>& filters) {
  GVariantBuilder builder;
  g_variant_builder_init(&builder, G_VARIANT_TYPE("a(sa(us))"));
  for (const FileFilter& f : filters) {
    g_variant_builder_open(&builder, G_VARIANT_TYPE("(sa(us))"));
    g_variant_builder_add(&builder, "s", f.name.c_str());
    g_variant_builder_open(&builder, G_VARIANT_TYPE("a(us)"));
    for (const std::string& p : f.patterns) g_variant_builder_add(&builder, "(us)", 0u, p.c_str());
    g_variant_builder_close(&builder);
    g_variant_builder_close(&builder);
  }
  return g_variant_builder_end(&builder);
}

}  // namespace

PortalFileChooser::PortalFileChooser() : impl_(std::make_unique<Impl>()) {}
PortalFileChooser::~PortalFileChooser() = default;

bool PortalFileChooser::start_open(const std::string& title, const std::vector<FileFilter>& filters) {
  if (impl_->pending || !impl_->connect()) return false;
  impl_->pending = true;
  impl_->saving = false;
  impl_->result.reset();
  xdp_portal_open_file(impl_->portal, nullptr, title.c_str(), filters_variant(filters), nullptr, nullptr,
                       XDP_OPEN_FILE_FLAG_NONE, impl_->cancellable, &Impl::finished, impl_.get());
  return true;
}

bool PortalFileChooser::start_save(const std::string& title, const std::string& folder, const std::string& name) {
  if (impl_->pending || !impl_->connect()) return false;
  impl_->pending = true;
  impl_->saving = true;
  impl_->result.reset();
  xdp_portal_save_file(impl_->portal, nullptr, title.c_str(), name.c_str(), folder.empty() ? nullptr : folder.c_str(),
                       nullptr, nullptr, nullptr, nullptr, XDP_SAVE_FILE_FLAG_NONE, impl_->cancellable,
                       &Impl::finished, impl_.get());
  return true;
}

bool PortalFileChooser::pending() const { return impl_->pending; }

std::optional<PortalFileChooser::Result> PortalFileChooser::poll() {
  if (impl_->pending) {
    while (g_main_context_iteration(nullptr, FALSE)) {
    }
  }
  return std::exchange(impl_->result, std::nullopt);
}

#else  // built without libportal: never a portal

struct PortalFileChooser::Impl {};
PortalFileChooser::PortalFileChooser() = default;
PortalFileChooser::~PortalFileChooser() = default;
bool PortalFileChooser::start_open(const std::string&, const std::vector<FileFilter>&) { return false; }
bool PortalFileChooser::start_save(const std::string&, const std::string&, const std::string&) { return false; }
bool PortalFileChooser::pending() const { return false; }
std::optional<PortalFileChooser::Result> PortalFileChooser::poll() { return std::nullopt; }

#endif


}  // namespace hgm::app
