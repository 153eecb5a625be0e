package routeauth

import (
	"fmt"
	"strings"
	"testing"
)

// syntheticApp writes a Flask or FastAPI application of n routes: a third guarded by a
// decorator or dependency, a third on a guarded blueprint or router, a third unguarded.
func syntheticApp(framework string, n int) string {
	var b strings.Builder
	if framework == "flask" {
		b.WriteString("from flask import Blueprint, Flask, abort, request\nfrom flask_login import login_required\n\n")
		b.WriteString("app = Flask(__name__)\nbp = Blueprint(\"api\", __name__, url_prefix=\"/api\")\n\n")
		b.WriteString("@bp.before_request\ndef check():\n    if not request.headers.get(\"Authorization\"):\n        abort(401)\n\n")
		for i := 0; i < n; i++ {
			switch i % 3 {
			case 0:
				fmt.Fprintf(&b, "@app.route(\"/items/%d/<int:id>\", methods=[\"POST\"])\n@login_required\ndef item_%d(id):\n    return save(request.json, id)\n\n", i, i)
			case 1:
				fmt.Fprintf(&b, "@bp.delete(\"/things/%d/<int:id>\")\ndef thing_%d(id):\n    return remove(id)\n\n", i, i)
			default:
				fmt.Fprintf(&b, "@app.get(\"/public/%d\")\ndef page_%d():\n    return render(%d)\n\n", i, i, i)
			}
		}
		b.WriteString("app.register_blueprint(bp)\n")
		return b.String()
	}
	b.WriteString("from typing import Annotated\nfrom fastapi import APIRouter, Depends, FastAPI, HTTPException\n\n")
	b.WriteString("app = FastAPI()\n\ndef get_current_user(token: str = \"\"):\n    if not token:\n        raise HTTPException(status_code=401)\n    return token\n\n")
	b.WriteString("CurrentUser = Annotated[str, Depends(get_current_user)]\nrouter = APIRouter(prefix=\"/api\", dependencies=[Depends(get_current_user)])\n\n")
	for i := 0; i < n; i++ {
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, "@app.post(\"/items/%d/{id}\")\nasync def item_%d(id: int, user: CurrentUser):\n    return save(id)\n\n", i, i)
		case 1:
			fmt.Fprintf(&b, "@router.delete(\"/things/%d/{id}\")\nasync def thing_%d(id: int):\n    return remove(id)\n\n", i, i)
		default:
			fmt.Fprintf(&b, "@app.get(\"/public/%d\")\nasync def page_%d(db=Depends(get_db)):\n    return render(%d)\n\n", i, i, i)
		}
	}
	b.WriteString("app.include_router(router)\n")
	return b.String()
}

func TestSyntheticApp(t *testing.T) {
	for _, fw := range []string{"flask", "fastapi"} {
		f := parse(t, "app.py", []byte(syntheticApp(fw, 1000)))
		rs := Extract(f)
		f.Close()
		guarded := 0
		for _, r := range rs {
			if r.Guarded() {
				guarded++
			}
		}
		if len(rs) != 1000 || guarded != 667 {
			t.Errorf("%s: %d routes, %d guarded; want 1000 and 667", fw, len(rs), guarded)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	for _, fw := range []string{"flask", "fastapi"} {
		src := []byte(syntheticApp(fw, 1000))
		b.Run(fw+"/1000-routes", func(b *testing.B) {
			f := parse(b, "app.py", src)
			defer f.Close()
			b.SetBytes(int64(len(src)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				// The whole extraction, without the per-file cache the analyzers share.
				if rs := inventoryOf(newModel(f)); len(rs) != 1000 {
					b.Fatalf("%d routes", len(rs))
				}
			}
		})
	}
}
