import '../../helpers/unit-env';
import { instrumentMeasuresRange, measureIndexKeys, measureKey, measuresRange } from '../../../services/measures/measure.keys';

describe('measure keys', () => {
  it('place a measure in its member’s partition and one instrument’s list on GSI2', () => {
    const id = '01JD5NV1TE0000000000000000';

    expect(measureKey('sub-1', id)).toEqual({ PK: 'USER#sub-1', SK: `MEASURE#${id}` });
    expect(measureIndexKeys('sub-1', 'PHQ9', id)).toEqual({ GSI2PK: 'USER#sub-1', GSI2SK: `MEASURE#PHQ9#${id}` });
  });

  it('keep one instrument’s range inside the all-measures prefix and apart from the others', () => {
    const all = measuresRange();
    const phq = instrumentMeasuresRange('PHQ9');
    const gad = instrumentMeasuresRange('GAD7');

    expect(phq.from >= all.from && phq.to <= all.to).toBe(true);
    expect(phq.from > gad.to || phq.to < gad.from).toBe(true);
  });
});
