from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from shop.models import Product


def product_search(request):
    q = request.GET.get("q", "")
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name = '%s'" % q)  # want: AV401
    safe = Product.objects.raw("SELECT * FROM shop_product WHERE name = %s", [q])  # ok: AV401
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE shop_product SET views = views + 1 WHERE name = '{q}'")  # want: AV401
        cursor.execute("UPDATE shop_product SET views = views + 1 WHERE name = %s", [q])  # ok: AV401
    return JsonResponse({"n": len(list(products)) + len(list(safe))})


def product_detail(request, slug):
    rows = Product.objects.extra(where=["slug = '%s'" % slug])  # want: AV401
    annotated = Product.objects.annotate(x=RawSQL("SELECT 1 FROM t WHERE s = '" + slug + "'", []))  # want: AV401
    fixed = Product.objects.annotate(x=RawSQL("SELECT 1 FROM t WHERE s = %s", [slug]))  # ok: AV401
    return JsonResponse({"n": rows.count() + annotated.count() + fixed.count()})


def product_page(request, pk):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM shop_product WHERE id = {int(pk)}")  # ok: AV401
    return JsonResponse({})


def visits(request):
    # request.path is what the client sent, percent-decoded: quotes included.
    hits = Product.objects.extra(where=[f"page = '{request.path}'"])  # want: AV401
    return JsonResponse({"n": hits.count()})
