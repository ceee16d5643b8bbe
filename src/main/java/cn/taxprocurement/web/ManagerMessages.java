package cn.taxprocurement.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the manager's report pages, in Chinese; English is in messages/mgr_en.properties. {mgr:key}. */
@MessageBundle(value = "mgr", locale = "zh-CN")
public interface ManagerMessages {
    @Message("「{asked}」不是年度，请从列表中选择一个有数据的年度。下面是 {shown} 年的报表。")
    String bad_year(String asked, int shown);
}
