package org.keywork.support;

/**
 * The content of one version of a support record, stored as JSON. Implementations are
 * plain mutable classes so Jackson can read and write them and forms can be copied in and
 * out.
 */
public sealed interface RecordContent permits OverviewContent, SafetyPlanContent, ActionPlanContent {

}
