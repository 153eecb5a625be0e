// Package routeauth defines analyzers that report HTTP routes left without authentication in
// Python web applications, and the route inventory they share with `apivet routes` (Extract):
// every Flask (Flask-RESTful and Flask-RESTX resources included), FastAPI, Django and Django REST
// framework route a file registers, with the guards that protect it (decorators, FastAPI
// dependencies, before_request hooks, method_decorators, DRF permission classes, Django mixins,
// Django's LoginRequiredMiddleware).
//
// The rules are AV301 (a state-changing or sensitive route without a guard while its siblings
// are guarded), AV302 (a Flask auth decorator above the route decorator), AV303 (an auth
// decorator factory not called, a FastAPI dependency called instead of passed) and AV304 (a DRF
// view accepting writes with AllowAny).
//
// The inventory is per file: guards are recognised by what they do when defined in the file
// (reading credentials and answering 401/403), and by name when imported. A view whose guards
// cannot be seen from the file (imported into urls.py, a DRF view relying on the project's
// DEFAULT_PERMISSION_CLASSES, a Django view of a module marking others login_not_required while
// LoginRequiredMiddleware is listed in another settings module) is never reported by AV301. A
// Django include("app.urls") leaves that module's routes to its own file, without the prefix.
// Test files are skipped.
//
// A few facts cross files, read by the driver's pre-pass (Project, ProjectFacts) from the files
// naming include_router, REST_FRAMEWORK, MIDDLEWARE, INSTALLED_APPS, urlpatterns or .register(:
// a FastAPI router that another module imports and includes with dependencies (or into a guarded
// application) gets the inclusion's guards and prefix; a settings module's
// DEFAULT_PERMISSION_CLASSES (DRF's AllowAny when it installs rest_framework and sets none) and
// LoginRequiredMiddleware apply to the views of other files, as they do when set in the same
// file. settings.configure() stays the single-file idiom it is and applies to its own file only.
// A Django or DRF view that a urlconf of another module routes (path() to views.refund or
// views.OrderList.as_view(), a router registering views.OrderViewSet) gets its routes in the
// module defining it, built as if the urlconf were written there: the urlconf's paths and
// wrappers (login_required(views.x)), the view's own methods and guards, the project's
// defaults, one application per views module, reported at the view's definition. The urlconf
// then leaves them out, so each route is listed once; it keeps a view the project does not
// define (a library's, or one re-exported from elsewhere). Prefixes of an include("app.urls")
// from a third file are not joined.
package routeauth
