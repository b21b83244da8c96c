package vn.dienbien.portal.api;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a list answer into a {@link Paged}. Contract C1 ({@code items, page, size, totalItems,
 * totalPages}) is read as is. ADAPTER until C1 is on every list endpoint: today's {@code {items,
 * total, page, size}} pages and bare arrays are adapted; an array is the whole list, so it is paged
 * here and its length is the total.
 */
final class PagedReader {

  private PagedReader() {}

  static <T> Paged<T> read(JsonNode body, PageRequest request, Class<T> type, JsonMapper json) {
    if (body.isObject() && body.has("totalItems")) {
      return new Paged<>(
          items(body.path("items"), type, json),
          body.path("page").asInt(),
          body.path("size").asInt(),
          body.path("totalItems").asLong(),
          body.path("totalPages").asInt());
    }
    if (body.isObject() && body.has("items")) {
      return Paged.of(
          items(body.path("items"), type, json),
          body.path("page").asInt(request.page()),
          body.path("size").asInt(request.size()),
          body.path("total").asLong(body.path("items").size()));
    }
    return Paged.slice(items(body, type, json), request);
  }

  static <T> List<T> items(JsonNode array, Class<T> type, JsonMapper json) {
    List<T> items = new ArrayList<>();
    for (JsonNode item : array) {
      items.add(json.treeToValue(item, type));
    }
    return items;
  }
}
