/**
 * The decide step (rules §5): one chunk-oriented partition per subsidy ({@code DecideStepConfiguration}).
 * The stored rows are read in rank order ({@code StagedRowsReader}, its position in the step's
 * ExecutionContext), each chunk's history is loaded before it is processed ({@code ChunkHistory}),
 * the rules of {@code policy} are applied row by row ({@code DecisionProcessor}) and the decisions are
 * written in the chunk's transaction ({@code DecisionWriter}). Also {@code explain}, which replays one
 * decision with its trace.
 */
package cn.qingdao.hrss.jiuye.decide;
