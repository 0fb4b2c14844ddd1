/**
 * Simulations for the policy office (docs/simulation.md): a quarter's published applications decided
 * again under another tree of policy parameters, by the decide step's own reader, processor, writer and
 * history, into tables of their own, and compared with the published decisions. The record is never
 * changed and a simulation is never published.
 */
package cn.qingdao.hrss.jiuye.simulate;
