export { foldText } from './foldText';
export {
  parseSegmentDefinition,
  SEGMENT_OPS,
  COMPARISON_OPS,
  type SegmentCondition,
  type SegmentDefinition,
  type SegmentGroup,
  type SegmentOp,
  type SegmentValue,
} from './segmentDefinition';
export {
  segmentFields,
  COMPUTED_FIELD_KEYS,
  ATTRIBUTE_PREFIX,
  type SegmentField,
  type SegmentFieldInfo,
  type SegmentFieldKind,
  type SegmentFields,
  type SegmentFieldsInput,
} from './segmentFields';
export { segmentMatches } from './segmentMatches';
export { segmentSummary, type SegmentSummary } from './segmentSummary';
export { segmentMembers } from './segmentMembers';
export { ordinalOrder } from './ordinalOrder';
export { ordinalRanks } from './ordinalRanks';
