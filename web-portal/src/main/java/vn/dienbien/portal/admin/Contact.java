package vn.dienbien.portal.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** An official who receives notifications, with their preferences (notification-service). */
public record Contact(
    String id,
    String fullName,
    String title,
    String unitId,
    Set<String> roles,
    String email,
    String mobile,
    Map<String, List<String>> channelPreferences,
    Set<String> optOuts,
    boolean digest,
    boolean demo) {}
