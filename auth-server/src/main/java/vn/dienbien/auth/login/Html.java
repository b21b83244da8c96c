package vn.dienbien.auth.login;

import org.springframework.web.util.HtmlUtils;

/** The auth server's few pages share one Vietnamese shell, readable on a phone. */
final class Html {

  private Html() {}

  static String page(String title, String body) {
    return """
    <!DOCTYPE html>
    <html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>%s — Theo dõi thực hiện chỉ thị</title>
    <link rel="icon" href="data:,">
    <style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:3rem auto;padding:0 1rem;color:#222}
    h1{font-size:1.5rem}label,input,button{display:block;width:100%%;box-sizing:border-box;margin:.4rem 0}
    input{padding:.5rem;font-size:1rem}button,.nut{padding:.6rem;background:#a51c1c;color:#fff;border:0;font-size:1rem;
    text-align:center;text-decoration:none;display:block;border-radius:4px}.loi{color:#a51c1c}.phu{color:#555;font-size:.9rem}</style></head>
    <body><h1>%s</h1><p class="phu">Hệ thống theo dõi thực hiện chỉ thị — Tỉnh ủy Điện Biên</p>%s</body></html>
    """
        .formatted(escape(title), escape(title), body);
  }

  static String escape(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }
}
