package org.sanyi.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.security.internal.LoginCodes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /login/code}: sign in with the mobile number and a one-time code (短信验证码登录). Step
 * one asks for the code, step two enters it; the number travels in a flash attribute and
 * the form, never in the address.
 */
@Controller
class LoginCodeController {

	private final LoginCodes codes;

	LoginCodeController(LoginCodes codes) {
		this.codes = codes;
	}

	@GetMapping("/login/code")
	String page(Model model) {
		model.addAttribute("available", codes.available());
		return "security/login-code";
	}

	@PostMapping("/login/code/send")
	String send(@RequestParam(defaultValue = "") String phone, RedirectAttributes redirect) {
		LoginCodes.Sent sent = codes.send(phone);
		redirect.addFlashAttribute("sent", sent.name());
		if (sent == LoginCodes.Sent.SENT || sent == LoginCodes.Sent.TOO_SOON || sent == LoginCodes.Sent.DAILY_LIMIT) {
			redirect.addFlashAttribute("phone", phone.strip());
		}
		return "redirect:/login/code";
	}

	@PostMapping("/login/code")
	String signIn(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (codes.signIn(phone, code, request, response)) {
				return "redirect:/";
			}
			redirect.addFlashAttribute("failed", true);
		}
		catch (LoginCodes.Refused refused) {
			redirect.addFlashAttribute("lockedSeconds", refused.waitFor().toSeconds());
		}
		redirect.addFlashAttribute("phone", phone.strip());
		return "redirect:/login/code";
	}

}
