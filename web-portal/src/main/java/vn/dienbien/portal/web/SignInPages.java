package vn.dienbien.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's own pages around sign-in: a failed sign-in, and after sign-out. */
@Controller
class SignInPages {

  @GetMapping("/dang-nhap")
  String signIn() {
    return "sign-in";
  }

  @GetMapping("/da-dang-xuat")
  String signedOut() {
    return "signed-out";
  }
}
