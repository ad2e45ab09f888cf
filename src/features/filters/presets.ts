export interface Preset {
  key: 'presetAll' | 'preset2019_2020' | 'preset2021';
  from: string | null;
  to: string | null;
}

export const presets: Preset[] = [
  { key: 'presetAll', from: null, to: null },
  { key: 'preset2019_2020', from: '2019-01-01', to: '2020-12-31' },
  { key: 'preset2021', from: '2021-01-01', to: '2021-12-31' },
];
