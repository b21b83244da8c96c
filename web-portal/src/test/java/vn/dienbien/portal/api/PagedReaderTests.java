package vn.dienbien.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Lists are read as contract C1 pages; today's shapes are adapted, never silently cut. */
class PagedReaderTests {

  record Item(String id) {}

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aContractC1PageIsReadAsTheServiceCountedIt() {
    var page =
        PagedReader.read(
            json.readTree(
                "{\"items\":[{\"id\":\"a\"}],\"page\":2,\"size\":1,\"totalItems\":523,\"totalPages\":523,"
                    + "\"links\":{\"self\":\"/x?page=2\"}}"),
            new PageRequest(2, 1),
            Item.class,
            json);
    assertThat(page.items()).containsExactly(new Item("a"));
    assertThat(page.totalItems()).isEqualTo(523);
    assertThat(page.totalPages()).isEqualTo(523);
    assertThat(page.hasNext()).isTrue();
    assertThat(page.firstShown()).isEqualTo(3);
  }

  @Test
  void todaysPageWithATotalIsAdapted() {
    var page =
        PagedReader.read(
            json.readTree(
                "{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"total\":41,\"page\":0,\"size\":2}"),
            new PageRequest(0, 2),
            Item.class,
            json);
    assertThat(page.totalItems()).isEqualTo(41);
    assertThat(page.totalPages()).isEqualTo(21);
  }

  @Test
  void aBareArrayIsTheWholeListPagedHereWithItsLengthAsTheTotal() {
    var array =
        json.readTree(
            "[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"},{\"id\":\"d\"},{\"id\":\"e\"}]");
    var second = PagedReader.read(array, new PageRequest(1, 2), Item.class, json);
    assertThat(second.items()).containsExactly(new Item("c"), new Item("d"));
    assertThat(second.totalItems()).isEqualTo(5);
    assertThat(second.totalPages()).isEqualTo(3);
    assertThat(PagedReader.read(array, new PageRequest(9, 2), Item.class, json).items()).isEmpty();
  }
}
