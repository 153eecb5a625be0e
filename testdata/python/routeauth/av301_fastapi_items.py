"""A router included by main.py under its prefix (app.include_router(items.router,
prefix="/items")): a path made only of a parameter is an item of the collection, not the root."""
from typing import Any

from fastapi import APIRouter, Depends

from app.deps import get_admin_user, get_authenticated_client, get_current_user, get_mobile_user

router = APIRouter()


@router.get("/", dependencies=[Depends(get_current_user)])
async def list_items() -> Any:
    return await all_items()


@router.put("/{item_id}", dependencies=[Depends(get_current_user)])  # ok: AV301
async def update_item(item_id: int, body: dict) -> Any:
    return await save_item(item_id, body)


@router.delete("/{item_id}")  # want: AV301
async def delete_item(item_id: int) -> Any:
    await remove_item(item_id)
    return {"ok": True}


@router.get("/{slug}")  # ok: AV301
async def item_card(slug: str) -> Any:
    return await card(slug)


@router.get("/mobile/profile", dependencies=[Depends(get_mobile_user)])  # ok: AV301
async def mobile_profile() -> Any:
    return await profile()


@router.post("/sync")  # ok: AV301
async def sync(client=Depends(get_authenticated_client)) -> Any:
    return await sync_for(client)


@router.post("")  # want: AV301
async def create_item(body: dict) -> Any:
    return await add_item(body)


@router.post("/{item_id}/purge")  # ok: AV301
async def purge_item(item_id: int, admin=Depends(get_admin_user)) -> Any:
    return await purge(item_id)
