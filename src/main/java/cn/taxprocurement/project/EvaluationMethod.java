package cn.taxprocurement.project;

/** How valid bids are ranked (评标方法), with the name people read. */
public enum EvaluationMethod {
    LOWEST_PRICE("最低评标价法"),
    COMPREHENSIVE_SCORE("综合评分法");

    private final String label;

    EvaluationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
