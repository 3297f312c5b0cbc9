export { instrumentMeasuresRange, measureIndexKeys, measureKey, measuresRange } from '../shared/db/catalogue/measure.catalogue';
