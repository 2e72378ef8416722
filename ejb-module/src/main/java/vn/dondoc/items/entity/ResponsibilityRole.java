package vn.dondoc.items.entity;

/** What a body named under an item owes: to lead (chủ trì, thực hiện, đầu mối) or to coordinate (phối hợp). */
public enum ResponsibilityRole {
    LEAD,
    COORDINATOR
}
