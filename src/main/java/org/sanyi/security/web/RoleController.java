package org.sanyi.security.web;

import org.sanyi.security.internal.RoleMatrix;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 角色权限: which role holds which permission, by module, as granted now. */
@Controller
@PreAuthorize("hasAuthority('security:user:list')")
class RoleController {

	private final RoleMatrix matrix;

	RoleController(RoleMatrix matrix) {
		this.matrix = matrix;
	}

	@GetMapping("/security/roles")
	String roles(Model model) {
		model.addAttribute("matrix", matrix.current());
		return "security/roles";
	}

}
