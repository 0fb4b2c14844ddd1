/**
 * The decide step (rules §5): each subsidy's stored rows in rank order, the rules of {@code policy}
 * applied with the history of earlier quarters and earlier-ranked rows, the decisions written.
 * Also {@code explain}, which replays one decision with its trace.
 */
package cn.qingdao.hrss.jiuye.decide;
