package vn.dienbien.localstack.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.dienbien.localstack.web.Http;

/**
 * The mail viewer's HTML: the list (newest first, one line per message, polling for messages after
 * the newest it shows), and one page per message.
 */
final class MailPages {

  static final String TITLE = "Hộp thư thử nghiệm (GreenMail)";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  /**
   * Every 5 s asks for the rows after the newest shown and puts them on top: the page never reloads
   * what it already has.
   */
  private static final String POLL =
      """
      <script>
      (function(){
        var rows=document.getElementById('rows'), count=document.getElementById('count');
        function poll(){
          fetch('/rows?after='+rows.dataset.last,{cache:'no-store'})
            .then(function(r){return r.ok?r.text():'';})
            .then(function(html){
              if(!html.trim()){return;}
              var t=document.createElement('tbody'); t.innerHTML=html;
              var fresh=Array.prototype.slice.call(t.children);
              fresh.reverse().forEach(function(tr){rows.insertBefore(tr,rows.firstChild);});
              rows.dataset.last=rows.firstElementChild.dataset.id;
              count.textContent=rows.children.length;
              document.getElementById('empty').hidden=true;
            }).catch(function(){});
        }
        setInterval(poll,5000);
      })();
      </script>
      """;

  private MailPages() {}

  static String list(List<MailView> mails) {
    int last = mails.isEmpty() ? 0 : mails.getLast().id();
    return Http.page(
        TITLE,
        "<p class=\"muted\"><span id=\"count\">"
            + mails.size()
            + "</span> thư; trang tự thêm thư mới đến. JSON: <a href=\"/api/messages\">"
            + "/api/messages</a> (thư sau số N: <code>?after=N</code>)</p>"
            + "<p id=\"empty\" class=\"muted\""
            + (mails.isEmpty() ? "" : " hidden")
            + ">Chưa nhận được thư nào.</p>"
            + "<table><thead><tr><th>Số</th><th>Thời gian</th><th>Người nhận</th>"
            + "<th>Tiêu đề, người gửi</th></tr></thead><tbody id=\"rows\" data-last=\""
            + last
            + "\">"
            + rows(mails)
            + "</tbody></table>"
            + POLL,
        0);
  }

  /** Table rows, newest first. */
  static String rows(List<MailView> mails) {
    StringBuilder rows = new StringBuilder();
    for (MailView m : mails.reversed()) {
      rows.append("<tr data-id=\"")
          .append(m.id())
          .append("\"><td>")
          .append(m.id())
          .append("</td><td>")
          .append(time(m))
          .append("</td><td>")
          .append(Http.escape(String.join(", ", m.to())))
          .append("</td><td><a href=\"/thu/")
          .append(m.id())
          .append("\"><b>")
          .append(Http.escape(m.subject()))
          .append("</b></a><br><span class=\"muted\">từ ")
          .append(Http.escape(m.from()))
          .append("</span></td></tr>\n");
    }
    return rows.toString();
  }

  static String message(MailView m, int total) {
    String body =
        m.text() != null
            ? "<pre>" + Http.escape(m.text()) + "</pre>"
            : m.html() != null
                ? "<iframe sandbox srcdoc=\""
                    + Http.escape(m.html())
                    + "\" style=\"width:100%;height:30em;border:0\"></iframe>"
                : "<p class=\"muted\">(thư không có nội dung)</p>";
    String nav =
        "<p><a href=\"/\">← Danh sách thư</a>"
            + (m.id() > 1 ? " · <a href=\"/thu/" + (m.id() - 1) + "\">Thư trước</a>" : "")
            + (m.id() < total ? " · <a href=\"/thu/" + (m.id() + 1) + "\">Thư sau</a>" : "")
            + "</p>";
    return Http.page(
        m.subject() == null || m.subject().isBlank() ? "(không có tiêu đề)" : m.subject(),
        nav
            + "<dl><dt>Số</dt><dd>"
            + m.id()
            + " / "
            + total
            + "</dd><dt>Người gửi</dt><dd>"
            + Http.escape(m.from())
            + "</dd><dt>Người nhận</dt><dd>"
            + Http.escape(String.join(", ", m.to()))
            + "</dd><dt>Thời gian</dt><dd>"
            + time(m)
            + "</dd><dt>Message-ID</dt><dd class=\"muted\">"
            + Http.escape(m.messageId())
            + "</dd></dl>"
            + body,
        0);
  }

  private static String time(MailView m) {
    return m.date() == null ? "" : TIME.format(m.date());
  }
}
